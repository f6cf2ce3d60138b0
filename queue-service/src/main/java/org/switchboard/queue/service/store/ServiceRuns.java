package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service's runs: {@link Recovery#start} begins one, the service's writer beats its heartbeat
 * while it runs and marks it stopped on a clean stop. A run left without a stop time was a crash.
 * Blocking; any thread.
 */
public final class ServiceRuns {
  private final Database database;

  public ServiceRuns(Database database) {
    this.database = database;
  }

  /**
   * One run of the service.
   *
   * @param id the run's id
   * @param started when it started
   * @param heartbeat when it was last known alive
   * @param stopped when it stopped cleanly; null while running or after a crash
   */
  public record Run(long id, Instant started, Instant heartbeat, @Nullable Instant stopped) {
    /** Whether it ended with a clean stop. */
    public boolean stoppedCleanly() {
      return stopped != null;
    }
  }

  /** Records that run {@code id} is alive at {@code now}. */
  public void heartbeat(long id, Instant now) {
    change(id, "UPDATE service_runs SET heartbeat_at = ? WHERE id = ?", now);
  }

  /** Records that run {@code id} stopped cleanly at {@code now}: its next start closes nothing. */
  public void stopCleanly(long id, Instant now) {
    change(id, "UPDATE service_runs SET heartbeat_at = ?, stopped_at = ? WHERE id = ?", now, now);
  }

  /** The most recent run, if any. */
  public Optional<Run> latest() {
    return database.transaction("read the last service run", ServiceRuns::latest);
  }

  static Optional<Run> latest(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, started_at, heartbeat_at, stopped_at FROM service_runs"
                    + " ORDER BY id DESC LIMIT 1");
        ResultSet row = s.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Run(
              row.getLong("id"),
              Sql.requiredInstant(row, "started_at"),
              Sql.requiredInstant(row, "heartbeat_at"),
              Sql.instant(row, "stopped_at")));
    }
  }

  static long begin(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO service_runs (started_at, heartbeat_at) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      Sql.bind(s, now, now);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no run id generated");
        }
        return keys.getLong(1);
      }
    }
  }

  private void change(long id, String sql, Instant... times) {
    database.execute(
        "update service run " + id,
        c -> {
          Object[] values = new Object[times.length + 1];
          System.arraycopy(times, 0, values, 0, times.length);
          values[times.length] = id;
          if (Sql.update(c, sql, values) != 1) {
            throw new StoreException("no service run " + id);
          }
        });
  }
}
