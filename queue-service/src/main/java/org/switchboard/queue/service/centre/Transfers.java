package org.switchboard.queue.service.centre;

import java.util.Objects;
import org.switchboard.queue.service.definitions.QueueDefinition;

/**
 * Transfers to a queue or to a named agent, blind or consult. Attached data and notes stay with the
 * interaction; each transfer adds a leg. Blind: the first agent's part ends (they wrap up) and the
 * target is queued or offered. Consult: the customer is held while the target is queued or offered;
 * when the target answers, {@code complete} hands the customer over (the first agent wraps up) and
 * {@code cancel} returns to the customer. A consult with an outside number is a consult leg with
 * that number and no agent: the SIP front end dials it and says when it answered; completing it
 * lets the interaction leave the centre as a blind transfer out does (ADR 0031). Centre thread
 * only.
 */
final class Transfers {
  private final CentreCore core;
  private final Queueing queueing;
  private final OfferDesk offers;
  private final WrapUps wrapUps;
  private final CallDesk calls;

  Transfers(CentreCore core, Queueing queueing, OfferDesk offers, WrapUps wrapUps, CallDesk calls) {
    this.core = core;
    this.queueing = queueing;
    this.offers = offers;
    this.wrapUps = wrapUps;
    this.calls = calls;
  }

  /** Blind transfer to {@code queue}: the call waits there as a new leg. */
  Interaction toQueue(String interactionId, String queue) {
    LiveInteraction interaction = handled(interactionId);
    QueueDefinition target = queueNamed(queue);
    LiveLeg from = interaction.main;
    interaction.main = new LiveLeg(target.id(), false, false, core.now());
    interaction.legs.add(interaction.main);
    interaction.status = InteractionStatus.WAITING;
    queueing.enqueue(interaction);
    handOver(interaction, from);
    return interaction.snapshot();
  }

  /** Blind transfer to {@code agent}, who must be available; a miss falls back to the queue. */
  Interaction toAgent(String interactionId, String agent) {
    LiveInteraction interaction = handled(interactionId);
    LiveLeg from = interaction.main;
    LiveLeg next = new LiveLeg(from.queue, true, false, core.now());
    interaction.main = next;
    interaction.legs.add(next);
    try {
      offers.offerTo(interaction, agent);
    } catch (CentreException refused) {
      interaction.main = from;
      interaction.legs.remove(next);
      throw refused;
    }
    handOver(interaction, from);
    return interaction.snapshot();
  }

  /** The customer went to an outside number that answered: the interaction leaves the centre. */
  Interaction outside(String interactionId, String agent, String target) {
    LiveInteraction interaction = handled(interactionId);
    leaveTo(interaction, agent, target);
    return interaction.snapshot();
  }

  /** Ends {@code interaction} as transferred to the outside number {@code target}. */
  private void leaveTo(LiveInteraction interaction, String agent, String target) {
    interaction.notes.add(
        new Note(core.now(), agent, "transferred to the outside number " + target));
    interaction.ended = core.now();
    interaction.endReason = EndReason.TRANSFERRED_OUT;
    interaction.status = InteractionStatus.WRAP_UP;
    handOver(interaction, interaction.main);
  }

  private void handOver(LiveInteraction interaction, LiveLeg from) {
    from.end(core.now(), LegOutcome.TRANSFERRED);
    wrapUps.start(core.agent(Objects.requireNonNull(from.agent)), interaction, from);
    core.changed(interaction);
  }

  /** Consult transfer to {@code queue}: the customer is held while the queue finds an agent. */
  Interaction consultQueue(String interactionId, String queue) {
    LiveInteraction interaction = handled(interactionId);
    QueueDefinition target = queueNamed(queue);
    hold(interaction);
    interaction.consult = new LiveLeg(target.id(), false, true, core.now());
    interaction.legs.add(interaction.consult);
    queueing.enqueue(interaction);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /** Consult transfer to {@code agent}, who must be available; the customer is held meanwhile. */
  Interaction consultAgent(String interactionId, String agent) {
    LiveInteraction interaction = handled(interactionId);
    LiveLeg consult = new LiveLeg(interaction.main.queue, true, true, core.now());
    if (!core.agent(agent).available()) {
      throw new WrongStateException("agent " + agent + " is not available for a call");
    }
    interaction.consult = consult;
    interaction.legs.add(consult);
    hold(interaction);
    offers.offerTo(interaction, agent);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /**
   * Consult transfer to the outside number {@code number}, which the SIP front end dials: the
   * customer is held meanwhile; the leg has the number and no agent.
   */
  Interaction consultOutside(String interactionId, String number) {
    LiveInteraction interaction = handled(interactionId);
    LiveLeg consult = new LiveLeg(interaction.main.queue, true, true, core.now());
    consult.number = number;
    interaction.consult = consult;
    interaction.legs.add(consult);
    hold(interaction);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /** The outside number of the open consult answered: the first agent talks with it. */
  Interaction outsideConsultAnswered(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    LiveLeg consult = interaction.consult;
    if (consult == null || consult.number == null || consult.answered != null) {
      throw new WrongStateException(
          "interaction " + interactionId + " has no ringing consult with an outside number");
    }
    consult.answered = core.now();
    core.changed(interaction);
    return interaction.snapshot();
  }

  /**
   * The consult target answered: they get the customer; the first agent wraps up. An outside number
   * gets the customer outside the centre: the interaction ends as transferred out.
   */
  Interaction complete(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    LiveLeg consult = interaction.consult;
    if (consult == null || consult.answered == null) {
      throw new WrongStateException(
          "interaction " + interactionId + " has no answered consult transfer to complete");
    }
    String number = consult.number;
    if (number != null) {
      consult.end(core.now(), LegOutcome.TRANSFERRED);
      interaction.consult = null;
      leaveTo(interaction, Objects.requireNonNull(interaction.main.agent), number);
      return interaction.snapshot();
    }
    LiveLeg from = interaction.main;
    interaction.main = consult;
    interaction.consult = null;
    interaction.status = InteractionStatus.CONNECTED;
    handOver(interaction, from);
    return interaction.snapshot();
  }

  /** Drops the consult (wherever it is) and returns the first agent to the customer. */
  Interaction cancel(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    if (interaction.consult == null) {
      throw new WrongStateException("interaction " + interactionId + " has no consult transfer");
    }
    calls.cancelConsult(interaction);
    interaction.main.resume(core.now());
    interaction.status = InteractionStatus.CONNECTED;
    LiveAgent agent = core.agent(Objects.requireNonNull(interaction.main.agent));
    agent.routing = RoutingState.CONNECTED;
    core.changed(agent);
    core.changed(interaction);
    return interaction.snapshot();
  }

  private void hold(LiveInteraction interaction) {
    interaction.main.hold(core.now());
    interaction.status = InteractionStatus.HELD;
    LiveAgent agent = core.agent(Objects.requireNonNull(interaction.main.agent));
    if (agent.routing != RoutingState.HELD) {
      agent.routing = RoutingState.HELD;
      core.changed(agent);
    }
  }

  /** The interaction, which must be with an agent now and have no consult open. */
  private LiveInteraction handled(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    if ((interaction.status != InteractionStatus.CONNECTED
            && interaction.status != InteractionStatus.HELD)
        || interaction.consult != null) {
      throw new WrongStateException(
          "interaction "
              + interactionId
              + " is "
              + interaction.status
              + (interaction.consult != null ? " with a consult open" : "")
              + "; only a call with an agent can be transferred");
    }
    return interaction;
  }

  private QueueDefinition queueNamed(String queue) {
    return core.definition()
        .queue(queue)
        .orElseThrow(() -> new InvalidRequestException("no queue " + queue));
  }
}
