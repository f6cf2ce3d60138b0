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
    @Nullable WrapUpBody wrapUp) {
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
   * @param reason why: entered, overflow, transfer, missed
   */
  public record Leg(
      @Nullable String queue, @Nullable String agent, Instant started, String reason) {}
}
