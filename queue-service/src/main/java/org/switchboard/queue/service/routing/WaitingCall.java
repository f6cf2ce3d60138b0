package org.switchboard.queue.service.routing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A customer waiting in a queue.
 *
 * @param id the interaction's id
 * @param queue the queue it waits in
 * @param enqueued when it entered the queue (a call a missed offer returned keeps its time, so it
 *     goes back to the head)
 * @param priority higher first; calls of equal priority in order of waiting
 * @param requires skills the agent must have, with the lowest level each, e.g. {@code language=fa →
 *     1}, written {@code "language:fa"} to level
 */
public record WaitingCall(
    String id, String queue, Instant enqueued, int priority, Map<String, Integer> requires) {
  public WaitingCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(enqueued, "enqueued");
    requires = Map.copyOf(requires);
  }
}
