package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An offer: an agent reserved for an interaction until {@code expires}. The desktop pops the
 * customer on it, before the phone rings; the service's INVITE then carries the same ids.
 *
 * @param id the offer id
 * @param agents the agents it was made to (several with ring-all; an agent sees only itself)
 * @param interaction the interaction offered, with its attached data
 * @param waitedSeconds how long the caller has waited so far
 * @param expires when the offer counts as missed
 */
public record OfferView(
    String id,
    List<String> agents,
    InteractionView interaction,
    long waitedSeconds,
    Instant expires) {
  public OfferView {
    Objects.requireNonNull(id, "id");
    agents = List.copyOf(agents);
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(expires, "expires");
  }
}
