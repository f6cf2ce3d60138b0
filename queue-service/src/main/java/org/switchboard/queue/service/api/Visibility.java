package org.switchboard.queue.service.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.SnapshotView;

/**
 * What each role may see (DESIGN §5): supervisors and admins see everything; an agent sees itself,
 * the offers made to it (listing only itself), its interactions, the figures of its queues, and the
 * catalogue.
 */
final class Visibility {
  private Visibility() {}

  /** Whether {@code who} may see {@code event}. */
  static boolean maySee(Principal who, CentreGateway.Published event) {
    return who.seesEveryone()
        || EventTypes.CATALOGUE_CHANGED.equals(event.type())
        || event.agents().contains(who.user());
  }

  /** {@code offer} as {@code who} may see it: a ring-all offer lists only the agent itself. */
  static OfferView offerFor(Principal who, OfferView offer) {
    if (who.seesEveryone()) {
      return offer;
    }
    return new OfferView(
        offer.id(),
        List.of(who.user()),
        offer.interaction(),
        offer.waitedSeconds(),
        offer.expires());
  }

  /** The part of {@code all} that {@code who} may see. */
  static SnapshotView snapshotFor(Principal who, SnapshotView all) {
    if (who.seesEveryone()) {
      return all;
    }
    String me = who.user();
    List<AgentView> agents =
        all.agents().stream().filter(a -> a.id().equals(me)).collect(Collectors.toList());
    List<OfferView> offers =
        all.offers().stream()
            .filter(o -> o.agents().contains(me))
            .map(o -> offerFor(who, o))
            .collect(Collectors.toList());
    Set<String> offered = new HashSet<>();
    offers.forEach(o -> offered.add(o.interaction().id()));
    List<InteractionView> interactions =
        all.interactions().stream()
            .filter(i -> me.equals(i.agent()) || offered.contains(i.id()))
            .collect(Collectors.toList());
    Set<String> queues = new HashSet<>();
    agents.forEach(a -> queues.addAll(a.queues()));
    return new SnapshotView(
        all.sequence(),
        all.catalogue(),
        agents,
        offers,
        interactions,
        all.figures().stream()
            .filter(f -> queues.contains(f.queue()))
            .collect(Collectors.toList()));
  }
}
