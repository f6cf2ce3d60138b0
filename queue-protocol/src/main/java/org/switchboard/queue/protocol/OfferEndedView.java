package org.switchboard.queue.protocol;

import java.util.Objects;

/**
 * How an offer ended.
 *
 * @param id the offer id
 * @param interaction the interaction id
 * @param outcome accepted, rejected, missed or withdrawn (another agent took a ring-all offer, or
 *     the caller hung up)
 * @param agent the agent who accepted, or the agent concerned
 */
public record OfferEndedView(String id, String interaction, String outcome, String agent) {
  public OfferEndedView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(agent, "agent");
  }
}
