package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Callback requests, recorded as callers leave a queue for one (the callback flow itself is a later
 * issue). Blocking; any thread.
 */
public final class CallbackRequests {
  private final Database database;

  public CallbackRequests(Database database) {
    this.database = database;
  }

  /**
   * Records that the caller of {@code interaction} asked to be called back at {@code number}.
   *
   * @return the request as stored, with its id
   */
  public CallbackRequest record(String interaction, String number, String queue, Instant at) {
    return database.transaction(
        "record a callback request for " + interaction,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO callback_requests (interaction_id, callback_number, queue_id,"
                      + " requested_at) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(s, interaction, number, queue, at);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              if (!keys.next()) {
                throw new SQLException("no id generated");
              }
              return new CallbackRequest(
                  keys.getLong(1), interaction, number, queue, Sql.micros(at));
            }
          }
        });
  }

  /** Every request made since {@code since}, oldest first. */
  public List<CallbackRequest> since(Instant since) {
    return database.transaction("read callback requests", c -> read(c, since));
  }

  private static List<CallbackRequest> read(Connection c, Instant since) throws SQLException {
    List<CallbackRequest> requests = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, interaction_id, callback_number, queue_id, requested_at"
                + " FROM callback_requests WHERE requested_at >= ? ORDER BY requested_at, id")) {
      Sql.bind(s, since);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          requests.add(
              new CallbackRequest(
                  row.getLong("id"),
                  Sql.requiredText(row, "interaction_id"),
                  Sql.requiredText(row, "callback_number"),
                  Sql.requiredText(row, "queue_id"),
                  Sql.requiredInstant(row, "requested_at")));
        }
      }
    }
    return requests;
  }
}
