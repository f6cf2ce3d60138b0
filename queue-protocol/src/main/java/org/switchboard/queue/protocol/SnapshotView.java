package org.switchboard.queue.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Everything the caller's role may see, valid at event {@code sequence}: a client applies the
 * events after it. An agent sees itself, its offers and interactions; a supervisor or admin sees
 * every agent, interaction and queue.
 *
 * @param sequence the last event sequence the snapshot includes
 * @param catalogue queues, reason codes and dispositions
 * @param agents agents' states
 * @param offers open offers
 * @param interactions interactions in progress
 * @param figures every queue's figures
 */
public record SnapshotView(
    long sequence,
    CatalogueView catalogue,
    List<AgentView> agents,
    List<OfferView> offers,
    List<InteractionView> interactions,
    List<QueueFiguresView> figures) {
  public SnapshotView {
    Objects.requireNonNull(catalogue, "catalogue");
    agents = List.copyOf(agents);
    offers = List.copyOf(offers);
    interactions = List.copyOf(interactions);
    figures = List.copyOf(figures);
  }
}
