package org.switchboard.queue.service.routing;

import java.util.List;
import java.util.Objects;

/**
 * A routing decision: {@code call} is reserved for {@code agents} (one, or all eligible ones for
 * {@link Strategy#RING_ALL}). Each of them is unavailable until the offer is answered, missed or
 * released.
 */
public record Offer(WaitingCall call, List<String> agents) {
  public Offer {
    Objects.requireNonNull(call, "call");
    agents = List.copyOf(agents);
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("an offer needs an agent");
    }
  }
}
