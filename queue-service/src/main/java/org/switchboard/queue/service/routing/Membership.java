package org.switchboard.queue.service.routing;

import java.util.Objects;

/**
 * An agent's place in a queue.
 *
 * @param queue the queue's id
 * @param penalty how far down the agent comes: 0 is offered first; a higher penalty is reached only
 *     once a call has waited long enough for the queue to widen to it
 * @param order the agent's position for {@link Strategy#LINEAR}
 */
public record Membership(String queue, int penalty, int order) {
  public Membership {
    Objects.requireNonNull(queue, "queue");
    if (penalty < 0) {
      throw new IllegalArgumentException("penalty must be 0 or more, was " + penalty);
    }
  }
}
