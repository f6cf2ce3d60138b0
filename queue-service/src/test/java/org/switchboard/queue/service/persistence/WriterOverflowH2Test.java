package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.centre.CentreFixture;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.StoreSettings;

/** A full queue drops events, loudly, and the next snapshot of an interaction makes up for them. */
@Timeout(60)
class WriterOverflowH2Test extends PersistenceContract {
  @TempDir Path dir;

  @Override
  StoreSettings freshStore() {
    return StoreSettings.embedded(dir.resolve("queue"));
  }

  @Test
  void aFullQueueDropsEventsAndTheNextSnapshotMakesUpForThem() throws Exception {
    writer.close();
    CentreFixture g = centre();
    writer =
        StoreWriter.start(
            database,
            g.clock,
            new WriterSettings(3, Duration.ofMillis(20), Duration.ofMillis(200), 3));
    g.centre.addListener(writer);
    g.centre.login("ann", Set.of("sales"));
    g.enqueue("c1", "support");
    written();

    try (Connection blocker = database.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      blocker
          .createStatement()
          .executeUpdate("UPDATE agent_states SET missed_offers = 0 WHERE agent_id = 'ann'");
      g.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
      await("the writer to hold the blocked write", () -> writer.backlog() == 0);
      for (int i = 1; i <= 6; i++) {
        g.centre.addNote("c1", "ann", "note " + i);
      }
      assertThat(writer.dropped()).isEqualTo(3);
      blocker.commit();
    }
    written();
    g.centre.addNote("c1", "ann", "note 7");
    written();

    assertThat(writer.dropped()).isEqualTo(3);
    assertThat(stored("c1").notes())
        .extracting(Interaction.Note::text)
        .containsExactly("note 1", "note 2", "note 3", "note 4", "note 5", "note 6", "note 7");
  }
}
