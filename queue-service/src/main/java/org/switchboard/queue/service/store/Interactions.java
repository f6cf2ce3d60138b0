package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Records what happens to interactions, as the service's single writer decides it: arrival,
 * queueing, transfers (each a new {@link Interaction.Leg}), answer, holds, notes, end, abandon and
 * wrap-up. Each method is one transaction; it blocks, and may be called from any thread.
 *
 * @throws StoreException from every method when the database fails or the interaction is unknown
 */
public final class Interactions {
  /** End reason of a call the customer and agent finished normally. */
  public static final String COMPLETED = "completed";

  /** End reason of a call the caller left before an answer. */
  public static final String ABANDONED = "abandoned";

  /** End reason of a leg that ended because the call was transferred on. */
  public static final String TRANSFERRED = "transferred";

  private final Database database;
  private final InteractionReader reader = new InteractionReader();

  public Interactions(Database database) {
    this.database = database;
  }

  /** Records a call that has just arrived (before the IVR). */
  public void create(NewInteraction call) {
    database.transaction(
        "record interaction " + call.id(),
        c ->
            Sql.update(
                c,
                "INSERT INTO interactions (id, channel, ani, dnis, entry_point, attached_data,"
                    + " arrived_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                call.id(),
                call.channel(),
                call.ani(),
                call.dnis(),
                call.entryPoint(),
                JsonText.write(call.attachedData()),
                call.arrivedAt()));
  }

  /** Replaces the interaction's attached data (e.g. after the IVR collected digits). */
  public void setAttachedData(String id, Map<String, String> data) {
    changeOne(
        id, "UPDATE interactions SET attached_data = ? WHERE id = ?", JsonText.write(data), id);
  }

  /** Records the recording's id. */
  public void setRecording(String id, String recordingId) {
    changeOne(id, "UPDATE interactions SET recording_id = ? WHERE id = ?", recordingId, id);
  }

  /**
   * Puts the interaction in {@code queue}: its first leg, or (for a call already routed) a new leg,
   * the previous one ending with {@code "requeued"}.
   */
  public void enqueue(String id, String queue, Instant at) {
    moveTo(id, queue, null, "requeued", at);
  }

  /**
   * Moves the interaction on (a transfer or an overflow): the current leg ends with {@code reason}
   * and a new one starts in {@code queue} and/or with {@code agent}. Attached data and notes stay
   * with the interaction, so the next agent sees them.
   */
  public void moveTo(
      String id, @Nullable String queue, @Nullable String agent, String reason, Instant at) {
    if (queue == null && agent == null) {
      throw new IllegalArgumentException("a leg needs a queue or an agent");
    }
    database.execute(
        "move interaction " + id,
        c -> {
          int previous = currentLeg(c, id);
          if (previous > 0) {
            Sql.update(
                c,
                "UPDATE interaction_legs SET ended_at = ?, end_reason = ?"
                    + " WHERE interaction_id = ? AND seq = ? AND ended_at IS NULL",
                at,
                reason,
                id,
                previous);
          }
          Sql.update(
              c,
              "INSERT INTO interaction_legs (interaction_id, seq, queue_id, agent_id, started_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              id,
              previous + 1,
              queue,
              agent,
              at);
          requireOne(
              id,
              Sql.update(
                  c,
                  "UPDATE interactions SET queue_id = COALESCE(?, queue_id),"
                      + " enqueued_at = COALESCE(enqueued_at, ?) WHERE id = ? AND ended_at IS NULL",
                  queue,
                  queue == null ? Sql.NO_INSTANT : at,
                  id));
        });
  }

  /**
   * Starts a new leg in {@code queue} while the current one goes on: the target leg of a consult
   * transfer, during which the first agent still holds the customer. The interaction's queue does
   * not change.
   */
  public void addLeg(String id, String queue, Instant at) {
    database.execute(
        "add a leg to interaction " + id,
        c ->
            Sql.update(
                c,
                "INSERT INTO interaction_legs (interaction_id, seq, queue_id, started_at)"
                    + " VALUES (?, ?, ?, ?)",
                id,
                currentLeg(c, id) + 1,
                queue,
                at));
  }

  /**
   * Ends leg {@code seq} (1 for the first) with {@code reason} while the interaction may go on (a
   * transfer handed on, a consult cancelled); does nothing when that leg already ended.
   */
  public void endLeg(String id, int seq, String reason, Instant at) {
    database.transaction(
        "end leg " + seq + " of interaction " + id,
        c ->
            Sql.update(
                c,
                "UPDATE interaction_legs SET ended_at = ?, end_reason = ?"
                    + " WHERE interaction_id = ? AND seq = ? AND ended_at IS NULL",
                at,
                reason,
                id,
                seq));
  }

  /** {@code agent} answered: the interaction's and the current leg's answer time and agent. */
  public void answer(String id, String agent, Instant at) {
    database.execute(
        "record the answer of " + id,
        c -> {
          requireOne(
              id,
              Sql.update(
                  c,
                  "UPDATE interactions SET agent_id = ?, answered_at = COALESCE(answered_at, ?)"
                      + " WHERE id = ? AND ended_at IS NULL",
                  agent,
                  at,
                  id));
          Sql.update(
              c,
              "UPDATE interaction_legs SET agent_id = ?, answered_at = ?"
                  + " WHERE interaction_id = ? AND seq = ?",
              agent,
              at,
              id,
              currentLeg(c, id));
        });
  }

  /** The current agent put the customer on hold. */
  public void hold(String id, Instant at) {
    database.transaction(
        "record a hold of " + id,
        c ->
            Sql.update(
                c,
                "INSERT INTO interaction_holds (interaction_id, leg_seq, agent_id, held_at)"
                    + " SELECT id, ?, agent_id, ? FROM interactions WHERE id = ?",
                currentLeg(c, id),
                at,
                id));
  }

  /** The open hold ends; does nothing when the call is not on hold. */
  public void resume(String id, Instant at) {
    database.transaction(
        "record a resume of " + id,
        c ->
            Sql.update(
                c,
                "UPDATE interaction_holds SET resumed_at = ?"
                    + " WHERE interaction_id = ? AND resumed_at IS NULL",
                at,
                id));
  }

  /** A note {@code agent} wrote during the call. */
  public void addNote(String id, String agent, String text, Instant at) {
    database.transaction(
        "add a note to " + id,
        c ->
            Sql.update(
                c,
                "INSERT INTO interaction_notes (interaction_id, agent_id, written_at, body)"
                    + " VALUES (?, ?, ?, ?)",
                id,
                agent,
                at,
                text));
  }

  /**
   * The call ended: the interaction, its current leg and any open hold close at {@code at}.
   *
   * @return false when it had already ended (nothing changes)
   */
  public boolean end(String id, String reason, Instant at) {
    return database.transaction("end interaction " + id, c -> close(c, id, reason, at, false));
  }

  /**
   * The caller hung up before an answer: ended with {@link #ABANDONED} and its abandon time.
   *
   * @return false when it had already ended
   */
  public boolean abandon(String id, Instant at) {
    return database.transaction(
        "abandon interaction " + id, c -> close(c, id, ABANDONED, at, true));
  }

  /**
   * {@code agent} wrapped up their part: stored on that agent's last leg, and the interaction's
   * wrap-up end moves to {@code wrapUp.ended()}.
   */
  public void wrapUp(String id, String agent, WrapUpEntry wrapUp) {
    database.execute(
        "record the wrap-up of " + id,
        c -> {
          int changed =
              Sql.update(
                  c,
                  "UPDATE interaction_legs SET disposition = ?, wrap_up_notes = ?, wrap_up_tags = ?,"
                      + " wrap_up_ended_at = ? WHERE interaction_id = ? AND seq = (SELECT MAX(seq)"
                      + " FROM interaction_legs WHERE interaction_id = ? AND agent_id = ?)",
                  wrapUp.disposition(),
                  wrapUp.notes(),
                  JsonText.write(wrapUp.tags()),
                  wrapUp.ended(),
                  id,
                  id,
                  agent);
          if (changed != 1) {
            throw new StoreException(agent + " has no part in interaction " + id + " to wrap up");
          }
          Sql.update(
              c, "UPDATE interactions SET wrap_up_ended_at = ? WHERE id = ?", wrapUp.ended(), id);
        });
  }

  /** The interaction with its legs, holds and notes. */
  public Optional<Interaction> find(String id) {
    return database.transaction("read interaction " + id, c -> reader.find(c, id));
  }

  /** Every interaction that has not ended, oldest first. */
  public List<Interaction> open() {
    return database.transaction("read open interactions", reader::open);
  }

  static boolean close(Connection c, String id, String reason, Instant at, boolean abandoned)
      throws SQLException {
    int changed =
        Sql.update(
            c,
            "UPDATE interactions SET ended_at = ?, end_reason = ?, abandoned_at = ?"
                + " WHERE id = ? AND ended_at IS NULL",
            at,
            reason,
            abandoned ? at : Sql.NO_INSTANT,
            id);
    if (changed == 0) {
      exists(c, id);
      return false;
    }
    Sql.update(
        c,
        "UPDATE interaction_legs SET ended_at = ?, end_reason = ?"
            + " WHERE interaction_id = ? AND ended_at IS NULL",
        at,
        reason,
        id);
    Sql.update(
        c,
        "UPDATE interaction_holds SET resumed_at = ? WHERE interaction_id = ? AND resumed_at IS NULL",
        at,
        id);
    return true;
  }

  private void changeOne(String id, String sql, @Nullable Object... values) {
    database.transaction(
        "update interaction " + id, c -> requireOne(id, Sql.update(c, sql, values)));
  }

  private static int requireOne(String id, int changed) {
    if (changed != 1) {
      throw new StoreException("no open interaction " + id);
    }
    return changed;
  }

  private static void exists(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM interactions WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        if (!row.next()) {
          throw new StoreException("no interaction " + id);
        }
      }
    }
  }

  /** The current leg's number, 0 before the first. */
  static int currentLeg(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT MAX(seq) FROM interaction_legs WHERE interaction_id = ?")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }
}
