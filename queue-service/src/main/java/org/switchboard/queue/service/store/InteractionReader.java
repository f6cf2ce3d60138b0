package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads interactions back with their legs, holds and notes, on a connection it is given. */
final class InteractionReader {
  private static final String COLUMNS =
      "id, channel, ani, dnis, entry_point, queue_id, agent_id, attached_data, arrived_at,"
          + " enqueued_at, offered_at, answered_at, ended_at, wrap_up_ended_at, abandoned_at,"
          + " end_reason, recording_id";

  Optional<Interaction> find(Connection c, String id) throws SQLException {
    List<Interaction> found = read(c, "SELECT " + COLUMNS + " FROM interactions WHERE id = ?", id);
    return found.stream().findFirst();
  }

  List<Interaction> open(Connection c) throws SQLException {
    return read(
        c,
        "SELECT " + COLUMNS + " FROM interactions WHERE ended_at IS NULL ORDER BY arrived_at, id");
  }

  private List<Interaction> read(Connection c, String sql, Object... values) throws SQLException {
    List<Interaction> result = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(s, values);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          result.add(interaction(c, row));
        }
      }
    }
    return result;
  }

  private Interaction interaction(Connection c, ResultSet row) throws SQLException {
    String id = Sql.requiredText(row, "id");
    Interaction.Times times =
        new Interaction.Times(
            Sql.requiredInstant(row, "arrived_at"),
            Sql.instant(row, "enqueued_at"),
            Sql.instant(row, "offered_at"),
            Sql.instant(row, "answered_at"),
            Sql.instant(row, "ended_at"),
            Sql.instant(row, "wrap_up_ended_at"),
            Sql.instant(row, "abandoned_at"));
    return new Interaction(
        id,
        Sql.requiredText(row, "channel"),
        Sql.requiredText(row, "ani"),
        Sql.requiredText(row, "dnis"),
        Sql.requiredText(row, "entry_point"),
        row.getString("queue_id"),
        row.getString("agent_id"),
        JsonText.map(Sql.requiredText(row, "attached_data")),
        times,
        row.getString("end_reason"),
        row.getString("recording_id"),
        legs(c, id),
        holds(c, id),
        notes(c, id));
  }

  private List<Interaction.Leg> legs(Connection c, String id) throws SQLException {
    List<Interaction.Leg> legs = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM interaction_legs WHERE interaction_id = ? ORDER BY seq")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          legs.add(
              new Interaction.Leg(
                  row.getInt("seq"),
                  row.getString("queue_id"),
                  row.getString("agent_id"),
                  Sql.requiredInstant(row, "started_at"),
                  Sql.instant(row, "offered_at"),
                  Sql.instant(row, "answered_at"),
                  Sql.instant(row, "ended_at"),
                  row.getString("end_reason"),
                  wrapUp(row)));
        }
      }
    }
    return legs;
  }

  private static @Nullable WrapUpEntry wrapUp(ResultSet row) throws SQLException {
    Instant ended = Sql.instant(row, "wrap_up_ended_at");
    if (ended == null) {
      return null;
    }
    String notes = row.getString("wrap_up_notes");
    String tags = row.getString("wrap_up_tags");
    return new WrapUpEntry(
        row.getString("disposition"),
        notes == null ? "" : notes,
        tags == null ? List.of() : JsonText.list(tags),
        ended);
  }

  private List<Interaction.Hold> holds(Connection c, String id) throws SQLException {
    List<Interaction.Hold> holds = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM interaction_holds WHERE interaction_id = ? ORDER BY held_at")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          holds.add(
              new Interaction.Hold(
                  row.getInt("leg_seq"),
                  row.getString("agent_id"),
                  Sql.requiredInstant(row, "held_at"),
                  Sql.instant(row, "resumed_at")));
        }
      }
    }
    return holds;
  }

  private List<Interaction.Note> notes(Connection c, String id) throws SQLException {
    List<Interaction.Note> notes = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM interaction_notes WHERE interaction_id = ? ORDER BY written_at, id")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          notes.add(
              new Interaction.Note(
                  Sql.requiredText(row, "agent_id"),
                  Sql.requiredInstant(row, "written_at"),
                  Sql.requiredText(row, "body")));
        }
      }
    }
    return notes;
  }
}
