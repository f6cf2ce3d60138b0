package org.switchboard.queue.service.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;
import org.switchboard.queue.service.centre.OfferInfo;
import org.switchboard.queue.service.centre.OfferOutcome;
import org.switchboard.queue.service.centre.PresenceChoice;
import org.switchboard.queue.service.store.AgentStates;
import org.switchboard.queue.service.store.OfferRecord;
import org.switchboard.queue.service.store.Offers;

/**
 * Turns each centre event into the store writes it needs, remembering the last snapshot of every
 * interaction (to write only what changed) and the last state saved for every agent (to skip events
 * that change nothing the store keeps, such as talk time). Used by the writer's thread only.
 */
final class EventPlanner {
  /** Finished interactions remembered, for a wrap-up submitted after the call was done. */
  private static final int FINISHED_KEPT = 10_000;

  private final InteractionDiff diff;
  private final Offers offers;
  private final AgentStates agents;
  private final Map<String, Interaction> inFlight = new HashMap<>();
  private final Map<String, Interaction> finished = new LinkedHashMap<>();
  private final Map<String, org.switchboard.queue.service.store.AgentState> saved = new HashMap<>();

  EventPlanner(InteractionDiff diff, Offers offers, AgentStates agents) {
    this.diff = diff;
    this.offers = offers;
    this.agents = agents;
  }

  /** The writes for {@code event}, which happened at {@code at}. */
  List<StoreWrite> plan(CentreEvent event, Instant at) {
    if (event instanceof CentreEvent.InteractionChanged changed) {
      return interaction(changed.interaction());
    }
    if (event instanceof CentreEvent.AgentChanged changed) {
      return agent(changed.agent(), at);
    }
    if (event instanceof CentreEvent.OfferMade made) {
      return offerMade(made.offer());
    }
    if (event instanceof CentreEvent.OfferEnded ended) {
      return offerEnded(ended, at);
    }
    return List.of();
  }

  private List<StoreWrite> interaction(Interaction now) {
    String id = now.id();
    Interaction before = inFlight.remove(id);
    if (before == null) {
      before = finished.remove(id);
    }
    List<StoreWrite> writes = diff.between(before, now);
    if (now.status() == InteractionStatus.DONE) {
      finished.put(id, now);
      if (finished.size() > FINISHED_KEPT) {
        finished.remove(finished.keySet().iterator().next());
      }
    } else {
      inFlight.put(id, now);
    }
    return writes;
  }

  private List<StoreWrite> agent(AgentState state, Instant at) {
    // Compared without the time, so an event that changes nothing kept is not written.
    if (record(state, Instant.EPOCH).equals(saved.put(state.id(), record(state, Instant.EPOCH)))) {
      return List.of();
    }
    org.switchboard.queue.service.store.AgentState record = record(state, at);
    return List.of(new StoreWrite("state of agent " + state.id(), () -> agents.save(record)));
  }

  /**
   * The centre announces an offer before the interaction's change that goes with it (say the new
   * leg of a transfer to an agent), so the interaction is first brought up to the snapshot the
   * offer carries: the offer then belongs to the right leg.
   */
  private List<StoreWrite> offerMade(OfferInfo offer) {
    List<StoreWrite> writes = new ArrayList<>(interaction(offer.interaction()));
    for (String agent : offer.agents()) {
      OfferRecord record =
          OfferRecord.open(
              rowId(offer, agent), offer.interaction().id(), agent, offer.made(), offer.expires());
      writes.add(new StoreWrite("offer " + record.id(), () -> offers.create(record)));
    }
    return writes;
  }

  private List<StoreWrite> offerEnded(CentreEvent.OfferEnded ended, Instant at) {
    String id = rowId(ended.offer(), ended.agent());
    OfferRecord.Outcome outcome = outcome(ended.outcome());
    return List.of(new StoreWrite("outcome of offer " + id, () -> offers.settle(id, outcome, at)));
  }

  /**
   * The store keeps one row per agent offered: an offer to one agent keeps its id; the rows of a
   * ring-all offer are {@code <id>-1}, {@code <id>-2}… in the order routing chose the agents.
   */
  static String rowId(OfferInfo offer, String agent) {
    if (offer.agents().size() == 1) {
      return offer.id();
    }
    return offer.id() + "-" + (offer.agents().indexOf(agent) + 1);
  }

  static OfferRecord.Outcome outcome(OfferOutcome outcome) {
    switch (outcome) {
      case ACCEPTED:
        return OfferRecord.Outcome.ACCEPTED;
      case REJECTED:
        return OfferRecord.Outcome.REJECTED;
      case MISSED:
        return OfferRecord.Outcome.MISSED;
      default:
        return OfferRecord.Outcome.CANCELLED;
    }
  }

  /** The centre's agent state as the store keeps it, changed at {@code updated}. */
  static org.switchboard.queue.service.store.AgentState record(AgentState state, Instant updated) {
    PresenceChoice next = state.next();
    return new org.switchboard.queue.service.store.AgentState(
        state.id(),
        presence(state.presence()),
        state.presence().reason(),
        org.switchboard.queue.service.store.AgentState.RoutingState.valueOf(state.routing().name()),
        next == null ? null : presence(next),
        next == null ? null : next.reason(),
        state.queues().stream().sorted().toList(),
        state.missedInRow(),
        updated);
  }

  private static org.switchboard.queue.service.store.AgentState.Presence presence(
      @Nullable PresenceChoice choice) {
    return org.switchboard.queue.service.store.AgentState.Presence.valueOf(
        java.util.Objects.requireNonNull(choice).presence().name());
  }
}
