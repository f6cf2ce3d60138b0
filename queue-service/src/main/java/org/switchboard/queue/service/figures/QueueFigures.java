package org.switchboard.queue.service.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.centre.RoutingState;

/**
 * One queue's live figures over a window (since midnight by default). Ratios are between 0 and 1,
 * and null when nothing was counted yet. See {@link FiguresCalculator} for the formulas.
 *
 * @param queue the queue's id
 * @param computedAt when they were computed
 * @param windowStart the start of the window the counts and ratios cover
 * @param waiting calls in the queue now (waiting or being offered)
 * @param longestWait how long the oldest of them has waited
 * @param oldestSince when the oldest of them entered the queue, so clients can tick; null if none
 * @param answered calls of the queue answered in the window
 * @param answeredInThreshold of those, answered within the queue's service-level threshold
 * @param abandoned callers who hung up waiting, in the window, not counting short abandons
 * @param shortAbandoned callers who hung up sooner than the queue's short-abandon time
 * @param callbacks callers who left to be called back
 * @param overflowed calls that went to the overflow queue after the maximum wait
 * @param serviceLevel answered within threshold / (answered + abandoned)
 * @param asa average speed of answer: mean of enqueue to answer
 * @param aht average handling time: mean of answer to wrap-up end (talk + hold + wrap-up)
 * @param abandonRate abandoned / (answered + abandoned)
 * @param agentsByPresence the queue's logged-in agents by presence
 * @param agentsByRouting the queue's logged-in agents by routing state
 * @param occupancy handling time / (handling + ready idle time) of the queue's agents
 */
public record QueueFigures(
    String queue,
    Instant computedAt,
    Instant windowStart,
    int waiting,
    Duration longestWait,
    @Nullable Instant oldestSince,
    int answered,
    int answeredInThreshold,
    int abandoned,
    int shortAbandoned,
    int callbacks,
    int overflowed,
    @Nullable Double serviceLevel,
    Duration asa,
    Duration aht,
    @Nullable Double abandonRate,
    Map<Presence, Integer> agentsByPresence,
    Map<RoutingState, Integer> agentsByRouting,
    @Nullable Double occupancy) {
  public QueueFigures {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(longestWait, "longestWait");
    Objects.requireNonNull(asa, "asa");
    Objects.requireNonNull(aht, "aht");
    agentsByPresence = Map.copyOf(agentsByPresence);
    agentsByRouting = Map.copyOf(agentsByRouting);
  }

  /** Whether every figure but the computing time is the same as in {@code other}. */
  public boolean sameAs(@Nullable QueueFigures other) {
    return other != null && equals(at(other, computedAt));
  }

  private static QueueFigures at(QueueFigures f, Instant when) {
    return new QueueFigures(
        f.queue,
        when,
        f.windowStart,
        f.waiting,
        f.longestWait,
        f.oldestSince,
        f.answered,
        f.answeredInThreshold,
        f.abandoned,
        f.shortAbandoned,
        f.callbacks,
        f.overflowed,
        f.serviceLevel,
        f.asa,
        f.aht,
        f.abandonRate,
        f.agentsByPresence,
        f.agentsByRouting,
        f.occupancy);
  }
}
