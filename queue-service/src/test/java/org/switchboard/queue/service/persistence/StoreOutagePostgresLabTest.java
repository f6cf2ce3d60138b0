package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.queue.service.centre.InteractionStatus;
import org.switchboard.queue.service.store.AgentState;
import org.switchboard.queue.service.store.AgentStates;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.OfferRecord;
import org.switchboard.queue.service.store.Offers;
import org.switchboard.queue.service.store.PostgresStores;
import org.switchboard.queue.service.store.StoreSettings;

/**
 * PostgreSQL goes away under the writer (its port refuses connections and open ones break) and
 * comes back: the centre goes on, and the store ends up with everything, in order.
 */
@Tag("lab")
@Timeout(120)
@ExtendWith(PostgresStores.class)
class StoreOutagePostgresLabTest extends PersistenceContract {
  @SuppressWarnings("NullAway.Init")
  private Gate gate;

  @Override
  StoreSettings freshStore() {
    StoreSettings direct = PostgresStores.freshStore();
    int port = PostgresStores.postgres().port();
    gate = new Gate(port);
    return new StoreSettings(
        direct.url().replace(":" + port + "/", ":" + gate.port() + "/"),
        direct.user(),
        direct.password(),
        2);
  }

  @Override
  Database open(StoreSettings store) {
    return Database.open(store, Duration.ofMillis(300));
  }

  @AfterEach
  void openTheGate() {
    gate.restore();
  }

  @Test
  void anOutageLosesNothingAndKeepsTheOrder() {
    f.ready("ann", "sales");
    written();

    gate.cut();
    f.enqueue("c1", "sales");
    f.advance(2);
    f.answer("ann");
    f.advance(3);
    f.centre.held("c1");
    f.advance(4);
    f.centre.resumed("c1");
    f.advance(5);
    f.centre.callEnded("c1");
    f.centre.submitWrapUp("ann", "c1", "SALE", "", List.of());
    f.centre.logout("ann");
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
    await("a failed write", () -> writer.failedAttempts() > 0);
    assertThat(writer.flush(Duration.ofMillis(200))).isFalse();

    gate.restore();
    written();

    Interaction c1 = stored("c1");
    assertThat(c1.times())
        .isEqualTo(new Interaction.Times(T0, T0, T0, at(2), at(14), at(14), null));
    assertThat(c1.holds()).containsExactly(new Interaction.Hold(1, "ann", at(5), at(9)));
    assertThat(c1.legs().get(0).wrapUp())
        .isEqualTo(
            new org.switchboard.queue.service.store.WrapUpEntry("SALE", "", List.of(), at(14)));
    assertThat(new Offers(database).forInteraction("c1"))
        .extracting(OfferRecord::outcome)
        .containsExactly(OfferRecord.Outcome.ACCEPTED);
    assertThat(new AgentStates(database).load("ann").orElseThrow().presence())
        .as("the last change is the one kept")
        .isEqualTo(AgentState.Presence.OFFLINE);
    assertThat(writer.skipped()).isZero();
    assertThat(writer.dropped()).isZero();
  }
}
