package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Offers and their outcomes. Recording an offer also sets the interaction's and the current leg's
 * first offer time. Each method is one transaction; blocking; any thread.
 */
public final class Offers {
  private static final String COLUMNS =
      "id, interaction_id, agent_id, offered_at, expires_at, outcome, outcome_at";

  private final Database database;

  public Offers(Database database) {
    this.database = database;
  }

  /** Records an open offer of the interaction's current leg. */
  public void create(OfferRecord offer) {
    database.transaction(
        "record offer " + offer.id(),
        c -> {
          int leg = Interactions.currentLeg(c, offer.interaction());
          Sql.update(
              c,
              "INSERT INTO offers (id, interaction_id, leg_seq, agent_id, offered_at, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              offer.id(),
              offer.interaction(),
              leg,
              offer.agent(),
              offer.offered(),
              offer.expires());
          Sql.update(
              c,
              "UPDATE interactions SET offered_at = COALESCE(offered_at, ?) WHERE id = ?",
              offer.offered(),
              offer.interaction());
          return Sql.update(
              c,
              "UPDATE interaction_legs SET offered_at = COALESCE(offered_at, ?)"
                  + " WHERE interaction_id = ? AND seq = ?",
              offer.offered(),
              offer.interaction(),
              leg);
        });
  }

  /**
   * Records how an open offer ended.
   *
   * @return false when it had already ended (its first outcome stands)
   * @throws StoreException when there is no such offer
   */
  public boolean settle(String id, OfferRecord.Outcome outcome, Instant at) {
    return database.transaction(
        "settle offer " + id,
        c -> {
          int changed =
              Sql.update(
                  c,
                  "UPDATE offers SET outcome = ?, outcome_at = ? WHERE id = ? AND outcome IS NULL",
                  name(outcome),
                  at,
                  id);
          if (changed == 0 && read(c, "WHERE id = ?", id).isEmpty()) {
            throw new StoreException("no offer " + id);
          }
          return changed == 1;
        });
  }

  public Optional<OfferRecord> find(String id) {
    return database.transaction(
        "read offer " + id, c -> read(c, "WHERE id = ?", id).stream().findFirst());
  }

  /** Every offer of {@code interaction}, in the order made. */
  public List<OfferRecord> forInteraction(String interaction) {
    return database.transaction(
        "read the offers of " + interaction,
        c -> read(c, "WHERE interaction_id = ? ORDER BY offered_at, id", interaction));
  }

  /** Closes every open offer of {@code interaction} as cancelled; returns how many. */
  static int cancelOpen(Connection c, String interaction, Instant at) throws SQLException {
    return Sql.update(
        c,
        "UPDATE offers SET outcome = ?, outcome_at = ? WHERE interaction_id = ? AND outcome IS NULL",
        name(OfferRecord.Outcome.CANCELLED),
        at,
        interaction);
  }

  private static List<OfferRecord> read(Connection c, String where, Object... values)
      throws SQLException {
    List<OfferRecord> offers = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM offers " + where)) {
      Sql.bind(s, values);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          String outcome = row.getString("outcome");
          offers.add(
              new OfferRecord(
                  Sql.requiredText(row, "id"),
                  Sql.requiredText(row, "interaction_id"),
                  Sql.requiredText(row, "agent_id"),
                  Sql.requiredInstant(row, "offered_at"),
                  Sql.requiredInstant(row, "expires_at"),
                  outcome == null
                      ? null
                      : OfferRecord.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)),
                  Sql.instant(row, "outcome_at")));
        }
      }
    }
    return offers;
  }

  private static String name(OfferRecord.Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
