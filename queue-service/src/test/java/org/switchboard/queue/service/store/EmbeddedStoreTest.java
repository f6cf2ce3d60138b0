package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class EmbeddedStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;

  @Test
  void whatWasWrittenIsThereAfterTheFileIsReopened() {
    StoreSettings settings = StoreSettings.embedded(dir.resolve("queue"));
    AgentState ada =
        new AgentState(
            "ada",
            AgentState.Presence.NOT_READY,
            "BREAK",
            AgentState.RoutingState.IDLE,
            null,
            null,
            List.of("sales"),
            0,
            T0);
    long run;
    try (Database database = Database.open(settings)) {
      run = new Recovery(database).start(T0).runId();
      new AgentStates(database).save(ada);
      new Interactions(database)
          .create(
              NewInteraction.voice("i1", "+4930111", "+4940999", "main", T0)
                  .withAttachedData(Map.of("account", "42")));
      new ServiceRuns(database).stopCleanly(run, T0.plusSeconds(5));
    }

    assertThat(dir.resolve("queue.mv.db")).isRegularFile();
    try (Database reopened = Database.open(settings)) {
      RecoveryReport report = new Recovery(reopened).start(T0.plusSeconds(10));

      assertThat(reopened.migrationsApplied()).isZero();
      assertThat(report.previousRunCrashed()).isFalse();
      assertThat(report.agents()).containsExactly(ada);
      assertThat(report.open())
          .singleElement()
          .satisfies(i -> assertThat(i.attachedData()).containsEntry("account", "42"));
    }
  }

  @Test
  void theEmbeddedFileAndItsFoldersAreCreatedWhereTheSettingsSay() {
    Path nested = dir.resolve("data/store/queue");

    try (Database database = Database.open(StoreSettings.embedded(nested))) {
      assertThat(database.settings().url()).startsWith("jdbc:h2:file:" + nested.toAbsolutePath());
      assertThat(database.settings().url()).contains("MODE=PostgreSQL");
    }
    assertThat(nested.resolveSibling("queue.mv.db")).isRegularFile();
  }

  @Test
  void anUnknownKindOfUrlIsAnErrorNamingTheSetting() {
    StoreSettings settings = new StoreSettings("jdbc:nosuchdb://db/queue", null, null, 2);

    assertThatThrownBy(() -> Database.open(settings))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("store.url=jdbc:nosuchdb://db/queue: cannot open the database");
  }

  @Test
  void aUrlThatIsNotJdbcAtAllIsAnErrorNamingTheSetting() {
    StoreSettings settings = new StoreSettings("postgres://db/queue", null, null, 2);

    assertThatThrownBy(() -> Database.open(settings))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("store.url=postgres://db/queue");
  }

  @Test
  void aFileThatIsNotADatabaseIsAnErrorNamingTheSetting() throws Exception {
    StoreSettings settings = StoreSettings.embedded(dir.resolve("queue"));
    Files.writeString(dir.resolve("queue.mv.db"), "not an H2 file");

    assertThatThrownBy(() -> Database.open(settings))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("store.url=jdbc:h2:file:" + dir.resolve("queue"));
  }
}
