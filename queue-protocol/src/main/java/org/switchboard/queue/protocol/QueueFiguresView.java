package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A queue's live figures, in {@code queue.figures} events (at most one a second per queue). Figures
 * over calls count from the start of the window (midnight in the service's zone); a figure with
 * nothing to count yet is null.
 *
 * @param queue the queue's id
 * @param at when they were computed
 * @param callsWaiting callers waiting now
 * @param longestWaitSeconds the longest current wait
 * @param serviceLevel share of calls answered within the threshold (0–1)
 * @param serviceLevelThresholdSeconds the queue's threshold
 * @param asaSeconds average speed of answer
 * @param ahtSeconds average handling time: talk + hold + wrap-up
 * @param abandonRate share of calls the caller abandoned (0–1)
 * @param agentsByPresence logged-in agents by presence (ready, not_ready, offline)
 * @param agentsByRouting logged-in agents by routing state (idle, connected, ...)
 * @param occupancy handling time over handling plus ready-idle time of the queue's agents (0–1)
 */
public record QueueFiguresView(
    String queue,
    Instant at,
    int callsWaiting,
    long longestWaitSeconds,
    @Nullable Double serviceLevel,
    long serviceLevelThresholdSeconds,
    @Nullable Double asaSeconds,
    @Nullable Double ahtSeconds,
    @Nullable Double abandonRate,
    Map<String, Integer> agentsByPresence,
    Map<String, Integer> agentsByRouting,
    @Nullable Double occupancy) {
  public QueueFiguresView {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(at, "at");
    agentsByPresence = Map.copyOf(agentsByPresence);
    agentsByRouting = Map.copyOf(agentsByRouting);
  }
}
