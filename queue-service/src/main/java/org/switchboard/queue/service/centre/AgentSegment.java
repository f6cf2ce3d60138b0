package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time an agent spent in one presence and routing state, logged in to {@code queues}:
 * the raw record occupancy is computed from.
 *
 * @param agent the agent's id
 * @param queues the queues they were logged in to
 * @param presence their presence
 * @param routing their routing state
 * @param from when it began
 * @param to when it ended; null while it lasts
 */
public record AgentSegment(
    String agent,
    Set<String> queues,
    Presence presence,
    RoutingState routing,
    Instant from,
    @Nullable Instant to) {
  public AgentSegment {
    Objects.requireNonNull(agent, "agent");
    queues = Set.copyOf(queues);
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(from, "from");
  }

  /** How much of it falls between {@code start} and {@code end} (an open segment lasts to end). */
  public Duration within(Instant start, Instant end) {
    Instant a = from.isAfter(start) ? from : start;
    Instant stop = to == null || to.isAfter(end) ? end : to;
    return a.isBefore(stop) ? Duration.between(a, stop) : Duration.ZERO;
  }
}
