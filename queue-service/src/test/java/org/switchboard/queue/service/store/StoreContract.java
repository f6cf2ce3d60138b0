package org.switchboard.queue.service.store;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the store's contract tests: each runs once against the embedded H2 file ({@code
 * *H2Test}) and once against a private PostgreSQL ({@code *PostgresLabTest}), each test on a fresh,
 * migrated database.
 */
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00.123456Z");

  @SuppressWarnings("NullAway.Init")
  Database database;

  @SuppressWarnings("NullAway.Init")
  StoreSettings settings;

  /** Settings of a database nobody has used yet. */
  abstract StoreSettings freshStore();

  @BeforeEach
  void openStore() {
    settings = freshStore();
    database = Database.open(settings);
  }

  @AfterEach
  void closeStore() {
    database.close();
  }

  static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }
}
