package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A caller's request, made in a queue, to be called back later.
 *
 * @param id the store's id, 0 before it is recorded
 * @param interaction the interaction the caller left
 * @param number the number to call back
 * @param queue the queue the caller left
 * @param requested when the caller asked
 */
public record CallbackRequest(
    long id, String interaction, String number, String queue, Instant requested) {
  public CallbackRequest {
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(requested, "requested");
  }
}
