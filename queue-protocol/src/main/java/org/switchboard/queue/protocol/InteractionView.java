package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's call as the service handles it: in {@code interaction.changed} events, offers,
 * snapshots and {@code GET} answers. Attached data and notes travel with it through transfers.
 *
 * @param id the interaction id (also in the SIP INVITE to the agent)
 * @param state waiting, offered, connected, held, wrap_up, ended or abandoned
 * @param ani the caller's number
 * @param dnis the number the caller dialled
 * @param entryPoint the entry point the call came in on
 * @param queue the queue it is (or was last) in
 * @param language the caller's language (from the IVR)
 * @param agent the agent handling it, or null
 * @param data attached data: IVR choices, collected digits, customer id
 * @param notes notes agents added, oldest first
 * @param legs where it has been: one entry per queue or agent, oldest first
 * @param times raw timestamps
 * @param recordingId the id of its recording, once recording started
 * @param endReason why it ended (caller_hangup, agent_hangup, abandoned, callback, overflow_full,
 *     service_crashed, ...), or null while in progress
 * @param wrapUp the wrap-up submitted, or null
 * @param consult the consult transfer under way, or null when none is open
 */
public record InteractionView(
    String id,
    String state,
    String ani,
    String dnis,
    String entryPoint,
    String queue,
    String language,
    @Nullable String agent,
    Map<String, String> data,
    List<Note> notes,
    List<Leg> legs,
    InteractionTimes times,
    @Nullable String recordingId,
    @Nullable String endReason,
    @Nullable WrapUpBody wrapUp,
    @Nullable Consult consult) {
  public InteractionView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(times, "times");
    data = Map.copyOf(data);
    notes = List.copyOf(notes);
    legs = List.copyOf(legs);
  }

  /**
   * A note on the interaction.
   *
   * @param author the agent who wrote it
   * @param at when
   * @param text what
   */
  public record Note(String author, Instant at, String text) {}

  /**
   * One stop on the interaction's way.
   *
   * @param queue the queue, or null for a direct transfer to an agent
   * @param agent the agent who handled this leg, or null
   * @param started when the leg began
   * @param reason why: entered, moved (transfer to a queue, overflow), transfer (to a named agent),
   *     consult
   */
  public record Leg(
      @Nullable String queue, @Nullable String agent, Instant started, String reason) {}

  /**
   * A consult transfer under way: the customer hears music while the agent who handles the
   * interaction talks to the target, then completes ({@code .../transfer/complete}) or cancels it.
   *
   * @param state {@code waiting} in the target queue, {@code ringing} (offered to an agent, or an
   *     outside number ringing), or {@code answered} (the agent can talk to the target and
   *     complete)
   * @param queue the queue the consult leg belongs to
   * @param agent the target agent once they answered, else null
   * @param number the outside number consulted, or null for a queue or agent
   */
  public record Consult(
      String state, String queue, @Nullable String agent, @Nullable String number) {
    public static final String WAITING = "waiting";
    public static final String RINGING = "ringing";
    public static final String ANSWERED = "answered";

    public Consult {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(queue, "queue");
    }

    /** Whether the target is on the line, so the transfer can be completed. */
    public boolean answered() {
      return ANSWERED.equals(state);
    }
  }
}
