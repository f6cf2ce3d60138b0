package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The registrar's bindings as last saved: each user's contacts with their expiry, so that a
 * restarted service can reach phones that registered before it stopped. Blocking; any thread; only
 * the service's single writer saves.
 */
public final class SavedBindings {
  /**
   * One saved contact of a user.
   *
   * @param user the user part of the address of record (an extension)
   * @param contact the contact URI the phone registered
   * @param registeredAt when it was last registered or refreshed
   * @param expiresAt when it expires unless refreshed
   */
  public record Binding(String user, String contact, Instant registeredAt, Instant expiresAt) {
    public Binding {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(registeredAt, "registeredAt");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  private final Database database;

  public SavedBindings(Database database) {
    this.database = database;
  }

  /** Replaces everything saved for {@code user} with {@code bindings} (none: forgets the user). */
  public void replace(String user, List<Binding> bindings) {
    database.execute(
        "save the registrar bindings of " + user,
        c -> {
          Sql.update(c, "DELETE FROM registrar_bindings WHERE user_id = ?", user);
          for (Binding b : bindings) {
            Sql.update(
                c,
                "INSERT INTO registrar_bindings (user_id, contact, registered_at, expires_at)"
                    + " VALUES (?, ?, ?, ?)",
                user,
                b.contact(),
                b.registeredAt(),
                b.expiresAt());
          }
        });
  }

  /** Every saved binding that has not expired at {@code now}, by user. */
  public List<Binding> unexpired(Instant now) {
    return database.transaction("read the registrar bindings", c -> read(c, now));
  }

  private static List<Binding> read(Connection c, Instant now) throws SQLException {
    List<Binding> found = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM registrar_bindings WHERE expires_at > ? ORDER BY user_id, contact")) {
      Sql.bind(s, now);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          found.add(
              new Binding(
                  Sql.requiredText(row, "user_id"),
                  Sql.requiredText(row, "contact"),
                  Sql.requiredInstant(row, "registered_at"),
                  Sql.requiredInstant(row, "expires_at")));
        }
      }
    }
    return found;
  }
}
