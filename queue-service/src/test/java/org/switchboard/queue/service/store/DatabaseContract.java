package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

abstract class DatabaseContract extends StoreContract {
  @Test
  void theFirstOpenMigratesAndASecondChangesNothing() {
    assertThat(database.migrationsApplied()).as("V1 and V2").isEqualTo(2);
    new AgentStates(database)
        .save(
            new AgentState(
                "ada",
                AgentState.Presence.READY,
                null,
                AgentState.RoutingState.IDLE,
                null,
                null,
                List.of(),
                0,
                at(0)));
    database.close();

    try (Database again = Database.open(settings)) {
      assertThat(again.migrationsApplied()).isZero();
      assertThat(new AgentStates(again).load("ada")).isPresent();
    }
    database = Database.open(settings);
    assertThat(database.migrationsApplied()).isZero();
  }

  @Test
  void errorsNameTheStoreWithoutItsPassword() {
    Interactions interactions = new Interactions(database);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> interactions.answer("x", "ada", at(0)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("x");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Offers(database).create(OfferRecord.open("o", "x", "a", at(0), at(1))))
        .hasMessageContaining(StoreSettings.URL_SETTING + "=")
        .satisfies(
            e -> {
              String password = settings.password();
              if (password != null) {
                assertThat(e.getMessage()).doesNotContain(password);
              }
            });
  }
}
