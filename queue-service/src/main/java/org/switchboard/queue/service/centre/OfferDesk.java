package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.queue.service.routing.Offer;

/**
 * Offers: asking the router for decisions, and each offer's life (ringing, accepted, rejected,
 * missed, withdrawn). The router is the only one that reserves agents (ADR 26). Centre thread only.
 */
final class OfferDesk {
  private final CentreCore core;
  private final Presences presences;
  private final Queueing queueing;

  OfferDesk(CentreCore core, Presences presences, Queueing queueing) {
    this.core = core;
    this.presences = presences;
    this.queueing = queueing;
  }

  /** Routes every touched queue until no call there finds an agent. */
  void routeTouched() {
    List<String> queues = core.takeTouched();
    while (!queues.isEmpty()) {
      for (String queue : queues) {
        Optional<Offer> offer = core.router.route(queue);
        while (offer.isPresent()) {
          made(offer.get());
          offer = core.router.route(queue);
        }
      }
      queues = core.takeTouched();
    }
  }

  /** Offers the interaction's routed leg to {@code agentId} alone, or refuses if they are busy. */
  void offerTo(LiveInteraction interaction, String agentId) {
    LiveAgent agent = core.agent(agentId);
    Offer offer =
        core.router
            .offerTo(interaction.waitingCall(), agent.id())
            .orElseThrow(
                () -> new WrongStateException("agent " + agentId + " is not available for a call"));
    made(offer);
  }

  private void made(Offer decision) {
    LiveInteraction interaction = core.interaction(decision.call().id());
    LiveLeg leg = interaction.routedLeg();
    Instant now = core.now();
    if (leg.offered == null) {
      leg.offered = now;
    }
    if (leg == interaction.main) {
      interaction.status = InteractionStatus.OFFERED;
    }
    String id = core.newId();
    interaction.offer = id;
    interaction.changed();
    Instant expires = now.plus(core.queue(leg.queue).offerTimeout());
    OfferInfo info =
        new OfferInfo(
            id, interaction.snapshot(), decision.agents(), now, expires, leg != interaction.main);
    OpenOffer offer = new OpenOffer(info, leg);
    core.offers.put(id, offer);
    offer.expiry = core.schedule(core.queue(leg.queue).offerTimeout(), () -> expired(offer));
    for (String agent : decision.agents()) {
      presences.reserved(core.agent(agent), id, interaction.id());
    }
    core.emit(new CentreEvent.OfferMade(info));
    core.changed(interaction);
  }

  private OpenOffer open(String offerId, String agentId) {
    OpenOffer offer = core.offers.get(offerId);
    if (offer == null) {
      throw new NotFoundException("no open offer " + offerId);
    }
    if (!offer.ringing.contains(agentId)) {
      throw new NotFoundException("offer " + offerId + " is not open to agent " + agentId);
    }
    return offer;
  }

  /** The agent's desktop (or phone) is ringing. */
  void ringing(String offerId, String agentId) {
    open(offerId, agentId);
    LiveAgent agent = core.agent(agentId);
    if (agent.routing == RoutingState.RESERVED) {
      agent.routing = RoutingState.ALERTING;
      core.changed(agent);
    }
  }

  /** The agent answered: they get the call, the others of a ring-all offer are withdrawn. */
  void accepted(String offerId, String agentId) {
    OpenOffer offer = open(offerId, agentId);
    LiveInteraction interaction = core.interaction(offer.interaction());
    core.router.answered(interaction.id(), agentId);
    close(offer);
    for (String other : offer.ringing) {
      if (!other.equals(agentId)) {
        takenBack(offer, core.agent(other));
      }
    }
    LiveLeg leg = offer.leg;
    leg.agent = agentId;
    leg.answered = core.now();
    if (leg == interaction.main) {
      interaction.status = InteractionStatus.CONNECTED;
      queueing.cancelMaxWait(interaction);
    }
    presences.answered(core.agent(agentId));
    core.emit(new CentreEvent.OfferEnded(offer.info, agentId, OfferOutcome.ACCEPTED));
    core.changed(interaction);
  }

  /**
   * The agent declined. Other agents of a ring-all offer keep ringing; when nobody is left the call
   * goes back to the head of its queue. A reject counts as a missed offer for the agent, so the
   * call is not offered straight back to them.
   */
  void rejected(String offerId, String agentId) {
    OpenOffer offer = open(offerId, agentId);
    if (offer.ringing.size() > 1) {
      core.router.decline(offer.interaction(), agentId);
      offer.ringing.remove(agentId);
      core.emit(new CentreEvent.OfferEnded(offer.info, agentId, OfferOutcome.REJECTED));
      presences.missed(core.agent(agentId));
      return;
    }
    unanswered(offer, OfferOutcome.REJECTED);
  }

  private void expired(OpenOffer offer) {
    if (core.offers.get(offer.id()) == offer) {
      unanswered(offer, OfferOutcome.MISSED);
    }
  }

  /** Nobody took the offer: agents missed it, the call goes back (a consult to an agent fails). */
  private void unanswered(OpenOffer offer, OfferOutcome outcome) {
    LiveInteraction interaction = core.interaction(offer.interaction());
    close(offer);
    callBack(offer, interaction);
    for (String agent : offer.ringing) {
      core.emit(new CentreEvent.OfferEnded(offer.info, agent, outcome));
      presences.missed(core.agent(agent));
    }
    core.changed(interaction);
    queueing.backInQueue(interaction);
  }

  /**
   * Nobody has the offer any more: the call goes back to the head of its queue (a blind transfer to
   * an agent falls back to the queue), except a consult to a named agent, which is cancelled.
   */
  private void callBack(OpenOffer offer, LiveInteraction interaction) {
    if (offer.leg.consult && offer.leg.direct) {
      core.router.withdraw(interaction.id());
      offer.leg.end(core.now(), LegOutcome.CANCELLED);
      interaction.consult = null;
      return;
    }
    core.router.missed(interaction.id());
    offer.leg.direct = false;
    if (offer.leg == interaction.main) {
      interaction.status = InteractionStatus.WAITING;
    }
    core.touch(offer.leg.queue);
  }

  /** Takes back the interaction's open offer, if any, without putting the call back in queue. */
  void withdraw(LiveInteraction interaction) {
    String id = interaction.offer;
    OpenOffer offer = id == null ? null : core.offers.get(id);
    if (offer == null) {
      return;
    }
    core.router.withdraw(interaction.id());
    close(offer);
    offer.ringing.forEach(agent -> takenBack(offer, core.agent(agent)));
  }

  /**
   * {@code agent} leaves the offer they are part of (logging out): withdrawn for them, not counted
   * as missed; the call goes back to the head of its queue if nobody else rings.
   */
  void leave(LiveAgent agent) {
    String id = agent.offer;
    OpenOffer offer = id == null ? null : core.offers.get(id);
    if (offer == null) {
      return;
    }
    if (offer.ringing.size() > 1) {
      core.router.decline(offer.interaction(), agent.id());
      offer.ringing.remove(agent.id());
      takenBack(offer, agent);
      return;
    }
    LiveInteraction interaction = core.interaction(offer.interaction());
    close(offer);
    callBack(offer, interaction);
    takenBack(offer, agent);
    core.changed(interaction);
    queueing.backInQueue(interaction);
  }

  private void takenBack(OpenOffer offer, LiveAgent agent) {
    core.emit(new CentreEvent.OfferEnded(offer.info, agent.id(), OfferOutcome.WITHDRAWN));
    presences.workEnded(agent, null);
  }

  private void close(OpenOffer offer) {
    core.offers.remove(offer.id());
    if (offer.expiry != null) {
      offer.expiry.cancel();
    }
    core.interaction(offer.interaction()).offer = null;
  }
}
