package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.store.StoreSettings;

/** What a file leaves out gets its documented default; the store may be a server. */
class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void aQueueWithNothingButItsIdGetsTheDefaults() {
    Path file = ConfigFiles.write(dir, "centre.yaml", "queues:\n  sales:\n");

    LoadedConfig config = ConfigFiles.load(file);

    QueueDefinition sales = config.centre().queue("sales").orElseThrow();
    assertThat(sales.name()).isEqualTo("sales");
    assertThat(sales.strategy()).isEqualTo(Strategy.LONGEST_IDLE);
    assertThat(sales.widenEvery()).isZero();
    assertThat(sales.offerTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(sales.maxWait()).isZero();
    assertThat(sales.overflowQueue()).isNull();
    assertThat(sales.announceEvery()).isZero();
    assertThat(sales.music()).isEqualTo("default");
    assertThat(sales.callbackDigit()).isNull();
    assertThat(sales.serviceLevel().threshold()).isEqualTo(Duration.ofSeconds(20));
    assertThat(sales.serviceLevel().shortAbandon()).isZero();
    assertThat(sales.wrapUp().mode()).isEqualTo(WrapUpMode.OPTIONAL);
    assertThat(sales.wrapUp().autoReady()).isTrue();
    assertThat(config.centre().reasonCodes())
        .containsOnlyKeys(ReasonCode.MISSED)
        .containsValue(new ReasonCode("MISSED", "Missed offers", false));
    assertThat(config.centre().missedOffersBeforeNotReady()).isEqualTo(3);
    assertThat(config.centre().logoutGrace()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.service()).isEqualTo(ServiceSettings.defaults(dir));
  }

  @Test
  void durationsAndModesAreWrittenTheAdministratorsWay() {
    String yaml =
        """
        queues:
          sales:
            strategy: least-talk-time
            widenEvery: 1m30s
            offerTimeout: PT12S
            wrapUp: {mode: timed-no-early-exit, time: 500ms}
        """;

    QueueDefinition sales =
        ConfigFiles.load(ConfigFiles.write(dir, "centre.yaml", yaml))
            .centre()
            .queue("sales")
            .orElseThrow();

    assertThat(sales.strategy()).isEqualTo(Strategy.LEAST_TALK_TIME);
    assertThat(sales.widenEvery()).isEqualTo(Duration.ofSeconds(90));
    assertThat(sales.offerTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(sales.wrapUp().mode()).isEqualTo(WrapUpMode.TIMED_NO_EARLY_EXIT);
    assertThat(sales.wrapUp().time()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aDatabaseServerTakesItsPasswordFromTheEnvironment() throws ConfigException {
    String yaml =
        """
        service:
          store:
            url: jdbc:postgresql://127.0.0.1:5432/switchboard
            user: queue
            passwordEnv: QUEUE_DB_PASSWORD
        """;
    Path file = ConfigFiles.write(dir, "centre.yaml", yaml);

    StoreSettings store =
        new ConfigLoader(Map.of("QUEUE_DB_PASSWORD", "s3cret")).load(file).service().store();

    assertThat(store.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/switchboard");
    assertThat(store.user()).isEqualTo("queue");
    assertThat(store.password()).isEqualTo("s3cret");
    assertThat(store.poolSize()).isEqualTo(5);
    assertThat(store.toString()).doesNotContain("s3cret");
  }

  @Test
  void theEmbeddedStoreIsAnH2FileBesideTheConfiguration() {
    String yaml =
        """
        service:
          store:
            file: db/centre
            poolSize: 3
        """;

    StoreSettings store =
        ConfigFiles.load(ConfigFiles.write(dir, "centre.yaml", yaml)).service().store();

    assertThat(store.url()).isEqualTo(StoreSettings.embedded(dir.resolve("db/centre")).url());
    assertThat(store.poolSize()).isEqualTo(3);
    assertThat(store.user()).isNull();
  }

  @Test
  void aStoreThatIsBothServerAndFileOrLacksItsPasswordIsRefused() {
    String yaml =
        """
        service:
          store:
            url: jdbc:postgresql://127.0.0.1/switchboard
            file: data/store
            passwordEnv: NOT_SET_ANYWHERE
        """;
    Path file = ConfigFiles.write(dir, "centre.yaml", yaml);

    ConfigException refused =
        catchThrowableOfType(() -> new ConfigLoader(Map.of()).load(file), ConfigException.class);

    assertThat(refused.problems())
        .extracting(ConfigProblem::reason)
        .containsExactly(
            "service.store: give either 'url' (a database server) or 'file' (embedded), not both",
            "service.store.passwordEnv: the environment variable NOT_SET_ANYWHERE is not set");
    assertThat(refused.problems()).extracting(ConfigProblem::line).containsExactly(2, 5);
  }
}
