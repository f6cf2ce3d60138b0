package org.switchboard.queue.service.routing;

import java.time.Duration;
import java.util.Objects;

/**
 * How one queue routes.
 *
 * @param id the queue's id
 * @param strategy how agents are picked
 * @param widenEvery every time a call has waited this long, one more penalty level becomes eligible
 *     for it (zero: all levels at once)
 */
public record QueueRules(String id, Strategy strategy, Duration widenEvery) {
  public QueueRules {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(widenEvery, "widenEvery");
    if (widenEvery.isNegative()) {
      throw new IllegalArgumentException("widenEvery must not be negative");
    }
  }

  /** The highest penalty a call that has waited {@code waited} may reach. */
  int reachablePenalty(Duration waited) {
    if (widenEvery.isZero()) {
      return Integer.MAX_VALUE;
    }
    long steps = waited.toMillis() / widenEvery.toMillis();
    return (int) Math.min(Integer.MAX_VALUE, steps);
  }
}
