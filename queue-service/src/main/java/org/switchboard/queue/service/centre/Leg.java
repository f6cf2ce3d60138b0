package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of an interaction: a queue and the agent who took it. A transfer or overflow starts a
 * new leg; the raw timestamps here are what the figures are computed from (DESIGN §5).
 *
 * @param queue the queue it belongs to (for a transfer to a named agent, the interaction's queue)
 * @param agent the agent who answered it; null until answered
 * @param direct offered to a named agent rather than routed by the queue (left out of the queue's
 *     service level, ASA and abandon figures)
 * @param consult a consult leg: the target of a consult transfer, while the first agent holds
 * @param enqueued when it entered the queue (a missed offer keeps it, so the call is at the head)
 * @param offered when it was first offered; null if never
 * @param answered when an agent answered; null if not (yet)
 * @param holds the holds during the leg
 * @param ended when the agent's part ended (the call ended or was passed on); null while it lasts
 * @param wrapUpEnded when the agent's wrap-up ended; null while running or without an agent
 * @param abandoned when the caller hung up while waiting or offered; null otherwise
 * @param outcome how it ended; null while open
 * @param wrapUp what the agent submitted; null if nothing
 * @param number for a consult with an outside number, that number (as the agent gave it); else null
 */
public record Leg(
    String queue,
    @Nullable String agent,
    boolean direct,
    boolean consult,
    Instant enqueued,
    @Nullable Instant offered,
    @Nullable Instant answered,
    List<Hold> holds,
    @Nullable Instant ended,
    @Nullable Instant wrapUpEnded,
    @Nullable Instant abandoned,
    @Nullable LegOutcome outcome,
    @Nullable WrapUp wrapUp,
    @Nullable String number) {
  public Leg {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(enqueued, "enqueued");
    holds = List.copyOf(holds);
  }

  /** Time on hold, counting an open hold up to {@code now}. */
  public Duration holdTime(Instant now) {
    return holds.stream().map(h -> h.length(now)).reduce(Duration.ZERO, Duration::plus);
  }
}
