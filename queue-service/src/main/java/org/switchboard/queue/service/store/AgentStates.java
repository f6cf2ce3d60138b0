package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Agents' saved states: written on every change, read on start. Blocking; any thread; the service's
 * single writer is the only one that saves, so the update-then-insert needs no upsert syntax (which
 * PostgreSQL and H2 spell differently).
 */
public final class AgentStates {
  private final Database database;

  public AgentStates(Database database) {
    this.database = database;
  }

  /** Saves {@code state}, replacing the agent's previous one. */
  public void save(AgentState state) {
    database.execute(
        "save the state of agent " + state.agent(),
        c -> {
          Object[] values = {
            name(state.presence()),
            state.reasonCode(),
            name(state.routingState()),
            state.nextPresence() == null ? null : name(state.nextPresence()),
            state.nextReasonCode(),
            JsonText.write(state.queues()),
            state.missedOffers(),
            state.updated(),
            state.agent()
          };
          int changed =
              Sql.update(
                  c,
                  "UPDATE agent_states SET presence = ?, reason_code = ?, routing_state = ?,"
                      + " next_presence = ?, next_reason_code = ?, queues = ?, missed_offers = ?,"
                      + " updated_at = ? WHERE agent_id = ?",
                  values);
          if (changed == 0) {
            Sql.update(
                c,
                "INSERT INTO agent_states (presence, reason_code, routing_state, next_presence,"
                    + " next_reason_code, queues, missed_offers, updated_at, agent_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values);
          }
        });
  }

  public Optional<AgentState> load(String agent) {
    return database.transaction(
        "read the state of agent " + agent,
        c -> read(c, "WHERE agent_id = ?", agent).stream().findFirst());
  }

  /** Every saved agent state, by agent id. */
  public List<AgentState> loadAll() {
    return database.transaction("read agent states", AgentStates::all);
  }

  static List<AgentState> all(Connection c) throws SQLException {
    return read(c, "ORDER BY agent_id");
  }

  private static List<AgentState> read(Connection c, String where, Object... values)
      throws SQLException {
    List<AgentState> states = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM agent_states " + where)) {
      Sql.bind(s, values);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          states.add(state(row));
        }
      }
    }
    return states;
  }

  private static AgentState state(ResultSet row) throws SQLException {
    String next = row.getString("next_presence");
    return new AgentState(
        Sql.requiredText(row, "agent_id"),
        presence(Sql.requiredText(row, "presence")),
        row.getString("reason_code"),
        AgentState.RoutingState.valueOf(
            Sql.requiredText(row, "routing_state").toUpperCase(Locale.ROOT)),
        next == null ? null : presence(next),
        row.getString("next_reason_code"),
        JsonText.list(Sql.requiredText(row, "queues")),
        row.getInt("missed_offers"),
        Sql.requiredInstant(row, "updated_at"));
  }

  private static AgentState.Presence presence(String stored) {
    return AgentState.Presence.valueOf(stored.toUpperCase(Locale.ROOT));
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
