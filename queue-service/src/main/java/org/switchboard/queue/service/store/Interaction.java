package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stored interaction with its raw timestamps, transfer chain, holds and notes.
 *
 * @param id the interaction id
 * @param channel {@link #VOICE}
 * @param ani the caller's number
 * @param dnis the number dialled
 * @param entryPoint the entry point that took the call
 * @param queue the queue it is (or was last) in, null before it was queued
 * @param agent the agent who has (or last had) it, null before an answer
 * @param attachedData IVR choices, digits, customer id and the like
 * @param times the interaction's own timestamps (first enqueue, offer and answer; end; last
 *     wrap-up)
 * @param endReason why it ended, null while open (e.g. {@code completed}, {@code abandoned}, {@link
 *     Recovery#CRASHED_WAITING})
 * @param recordingId the recording's id, once recording started
 * @param legs the transfer chain in order; the last is the current one
 * @param holds every hold, in order
 * @param notes notes agents added, in order
 */
public record Interaction(
    String id,
    String channel,
    String ani,
    String dnis,
    String entryPoint,
    @Nullable String queue,
    @Nullable String agent,
    Map<String, String> attachedData,
    Times times,
    @Nullable String endReason,
    @Nullable String recordingId,
    List<Leg> legs,
    List<Hold> holds,
    List<Note> notes) {
  /** The voice channel. */
  public static final String VOICE = "voice";

  public Interaction {
    Objects.requireNonNull(id, "id");
    attachedData = Map.copyOf(attachedData);
    legs = List.copyOf(legs);
    holds = List.copyOf(holds);
    notes = List.copyOf(notes);
  }

  /** Whether it has not ended yet. */
  public boolean isOpen() {
    return times.ended() == null;
  }

  /** The current (last) leg, if it was ever queued or routed. */
  public Optional<Leg> currentLeg() {
    return legs.isEmpty() ? Optional.empty() : Optional.of(legs.get(legs.size() - 1));
  }

  /**
   * The interaction's raw timestamps; null until the event happened.
   *
   * @param arrived the call arrived (before the IVR)
   * @param enqueued it first entered a queue
   * @param offered it was first offered to an agent
   * @param answered an agent first answered it
   * @param ended the customer's call ended
   * @param wrapUpEnded the last agent's wrap-up ended
   * @param abandoned the caller hung up before an answer
   */
  public record Times(
      Instant arrived,
      @Nullable Instant enqueued,
      @Nullable Instant offered,
      @Nullable Instant answered,
      @Nullable Instant ended,
      @Nullable Instant wrapUpEnded,
      @Nullable Instant abandoned) {}

  /**
   * One link of the transfer chain: a stay in a queue and/or with an agent.
   *
   * @param seq 1 for the first leg, then 2, 3…
   * @param queue the queue of this leg, null for a transfer straight to an agent
   * @param agent the agent who answered (or was transferred to), null before
   * @param started when this leg began (enqueued, or transferred)
   * @param offered this leg's first offer
   * @param answered when this leg's agent answered
   * @param ended when this leg ended
   * @param endReason why, e.g. {@code transferred}, {@code overflow}, {@code completed}
   * @param wrapUp what this leg's agent entered, if wrapped up
   */
  public record Leg(
      int seq,
      @Nullable String queue,
      @Nullable String agent,
      Instant started,
      @Nullable Instant offered,
      @Nullable Instant answered,
      @Nullable Instant ended,
      @Nullable String endReason,
      @Nullable WrapUpEntry wrapUp) {}

  /** One hold by {@code agent} during leg {@code legSeq}; {@code resumed} null while held. */
  public record Hold(int legSeq, @Nullable String agent, Instant held, @Nullable Instant resumed) {}

  /** A note {@code agent} wrote at {@code written}. */
  public record Note(String agent, Instant written, String text) {}
}
