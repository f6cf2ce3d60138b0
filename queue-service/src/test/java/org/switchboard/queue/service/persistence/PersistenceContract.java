package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.switchboard.queue.service.centre.CentreFixture;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.Recovery;
import org.switchboard.queue.service.store.RecoveryReport;
import org.switchboard.queue.service.store.StoreSettings;

/**
 * The base of the persistence contract tests: a real centre on manual time whose events a {@link
 * StoreWriter} writes to a fresh store, once on the embedded H2 file ({@code *H2Test}) and once on
 * a private PostgreSQL ({@code *PostgresLabTest}).
 */
abstract class PersistenceContract {
  static final Instant T0 = CentreFixture.T0;
  static final Duration BOUND = Duration.ofSeconds(20);

  @SuppressWarnings("NullAway.Init")
  StoreSettings settings;

  @SuppressWarnings("NullAway.Init")
  Database database;

  @SuppressWarnings("NullAway.Init")
  RecoveryReport started;

  @SuppressWarnings("NullAway.Init")
  CentreFixture f;

  @SuppressWarnings("NullAway.Init")
  StoreWriter writer;

  /** Settings of a database nobody has used yet. */
  abstract StoreSettings freshStore();

  @BeforeEach
  void startCentreOnStore() {
    settings = freshStore();
    database = open(settings);
    started = new Recovery(database).start(T0);
    f = centre();
    writer = StoreWriter.start(database, f.clock, quickRetries());
    f.centre.addListener(writer);
  }

  /** Opens the pool; a test of outages waits less for connections. */
  Database open(StoreSettings store) {
    return Database.open(store);
  }

  @AfterEach
  void stop() {
    writer.close(Duration.ofSeconds(5));
    database.close();
  }

  /** Retries 20 ms apart, doubling to 200 ms, so outages in tests end quickly. */
  static WriterSettings quickRetries() {
    return new WriterSettings(10_000, Duration.ofMillis(20), Duration.ofMillis(200), 3);
  }

  /**
   * Sales (mandatory wrap-up; after 30 s waiting a call overflows to "overflow"), overflow and
   * support (optional wrap-up); agents ann, bob, cid and dee in all three.
   */
  static CentreFixture centre() {
    return new CentreFixture(
        CentreFixture.queue(
            "sales",
            Strategy.LONGEST_IDLE,
            CentreFixture.wrapUp(WrapUpMode.MANDATORY, 0, true),
            Duration.ofSeconds(30),
            "overflow",
            Duration.ZERO),
        CentreFixture.queue("overflow"),
        CentreFixture.queue("support"));
  }

  static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  /** Waits until everything the centre did so far is in the store. */
  void written() {
    assertThat(writer.flush(BOUND)).as("the writer caught up").isTrue();
  }

  Interaction stored(String id) {
    return new Interactions(database).find(id).orElseThrow();
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + BOUND + ": " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
