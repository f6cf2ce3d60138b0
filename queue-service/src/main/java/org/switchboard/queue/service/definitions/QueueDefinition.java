package org.switchboard.queue.service.definitions;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.routing.QueueRules;
import org.switchboard.queue.service.routing.Strategy;

/**
 * One queue: how it routes, how its callers wait and how its agents wrap up.
 *
 * @param id the queue's id, used in the API and in other definitions
 * @param name what people see
 * @param strategy how agents are picked
 * @param widenEvery every time a call has waited this long, agents one penalty level further down
 *     become eligible (zero: all levels at once)
 * @param requiredSkills skills every call of the queue needs, to the lowest level (the call's own
 *     attributes, such as the IVR's language, add to these)
 * @param offerTimeout how long an agent has to answer an offer before it counts as missed
 * @param maxWait how long a caller waits at most before overflowing (zero: no limit)
 * @param overflowQueue where callers go after {@code maxWait}; null: they stay
 * @param announceEvery how often callers hear their position and expected wait (zero: never)
 * @param music the music-on-hold class callers hear
 * @param callbackDigit the digit a caller presses to leave the queue and ask for a callback; null:
 *     no callbacks
 * @param serviceLevel how the service level is counted
 * @param wrapUp how agents wrap up after its calls
 */
public record QueueDefinition(
    String id,
    String name,
    Strategy strategy,
    Duration widenEvery,
    Map<String, Integer> requiredSkills,
    Duration offerTimeout,
    Duration maxWait,
    @Nullable String overflowQueue,
    Duration announceEvery,
    String music,
    @Nullable String callbackDigit,
    ServiceLevel serviceLevel,
    WrapUpPolicy wrapUp) {
  public QueueDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(widenEvery, "widenEvery");
    requiredSkills = Map.copyOf(requiredSkills);
    Objects.requireNonNull(offerTimeout, "offerTimeout");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(announceEvery, "announceEvery");
    Objects.requireNonNull(music, "music");
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    Objects.requireNonNull(wrapUp, "wrapUp");
    if (offerTimeout.isNegative() || offerTimeout.isZero()) {
      throw new IllegalArgumentException("offer timeout must be above zero");
    }
    if (maxWait.isNegative() || announceEvery.isNegative()) {
      throw new IllegalArgumentException("max wait and announce interval must not be negative");
    }
    if (id.equals(overflowQueue)) {
      throw new IllegalArgumentException("queue " + id + " cannot overflow to itself");
    }
  }

  /** What the router needs of this queue. */
  public QueueRules rules() {
    return new QueueRules(id, strategy, widenEvery);
  }
}
