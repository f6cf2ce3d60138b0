package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An offer (a reservation, DESIGN §5): an interaction reserved for one agent, or several for a
 * ring-all queue, until it is accepted, rejected, missed or withdrawn.
 *
 * @param id the offer's id; clients accept or reject by it
 * @param interaction the interaction offered, with its attached data, as it was when offered
 * @param agents the agents it rings, in the order routing chose them
 * @param made when it was made
 * @param expires when it counts as missed
 * @param consult whether it is the target side of a consult transfer
 */
public record OfferInfo(
    String id,
    Interaction interaction,
    List<String> agents,
    Instant made,
    Instant expires,
    boolean consult) {
  public OfferInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(interaction, "interaction");
    agents = List.copyOf(agents);
    Objects.requireNonNull(made, "made");
    Objects.requireNonNull(expires, "expires");
  }
}
