package org.switchboard.queue.service.centre;

import org.switchboard.queue.service.definitions.QueueDefinition;

/**
 * A customer's call through the centre: arriving in a queue, leaving it (abandon, callback), hold,
 * hang-up and notes. Centre thread only.
 */
final class CallDesk {
  private final CentreCore core;
  private final Queueing queueing;
  private final OfferDesk offers;
  private final WrapUps wrapUps;
  private final Presences presences;

  CallDesk(
      CentreCore core, Queueing queueing, OfferDesk offers, WrapUps wrapUps, Presences presences) {
    this.core = core;
    this.queueing = queueing;
    this.offers = offers;
    this.wrapUps = wrapUps;
    this.presences = presences;
  }

  /** A new call joins its queue. */
  Interaction enqueue(NewCall call) {
    QueueDefinition queue =
        core.definition()
            .queue(call.queue())
            .orElseThrow(() -> new InvalidRequestException("no queue " + call.queue()));
    if (core.interactions.containsKey(call.id()) || core.history.find(call.id()).isPresent()) {
      throw new WrongStateException("interaction " + call.id() + " already exists");
    }
    LiveInteraction interaction =
        new LiveInteraction(call, new LiveLeg(queue.id(), false, false, core.now()));
    core.interactions.put(call.id(), interaction);
    queueing.enqueue(interaction);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /** The caller hung up before an agent answered (waiting, or while being offered). */
  Interaction abandon(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    leaveQueue(interaction, LegOutcome.ABANDONED);
    interaction.main.abandoned = core.now();
    interaction.endReason = EndReason.ABANDONED;
    core.changed(interaction);
    return interaction.snapshot();
  }

  /** The caller left the queue asking to be called back on {@code number}; recorded as such. */
  Interaction requestCallback(String interactionId, String number) {
    LiveInteraction interaction = core.interaction(interactionId);
    if (number.isBlank()) {
      throw new InvalidRequestException("a callback needs a number");
    }
    leaveQueue(interaction, LegOutcome.CALLBACK_REQUESTED);
    interaction.callbackNumber = number;
    interaction.endReason = EndReason.CALLBACK_REQUESTED;
    core.changed(interaction);
    return interaction.snapshot();
  }

  private void leaveQueue(LiveInteraction interaction, LegOutcome how) {
    if (interaction.status != InteractionStatus.WAITING
        && interaction.status != InteractionStatus.OFFERED) {
      throw new WrongStateException(
          "interaction " + interaction.id() + " is " + interaction.status + ", not in a queue");
    }
    offers.withdraw(interaction);
    core.router.abandon(interaction.id());
    queueing.cancelMaxWait(interaction);
    interaction.main.end(core.now(), how);
    interaction.ended = core.now();
    // Done at once, unless an agent who passed the call on is still wrapping up.
    interaction.status = InteractionStatus.WRAP_UP;
  }

  /** The agent put the customer on hold. */
  Interaction held(String interactionId) {
    return holdOrResume(interactionId, true);
  }

  /** The agent took the customer off hold. */
  Interaction resumed(String interactionId) {
    return holdOrResume(interactionId, false);
  }

  private Interaction holdOrResume(String interactionId, boolean hold) {
    LiveInteraction interaction = core.interaction(interactionId);
    InteractionStatus from = hold ? InteractionStatus.CONNECTED : InteractionStatus.HELD;
    if (interaction.status != from || interaction.consult != null) {
      throw new WrongStateException(
          "interaction "
              + interactionId
              + " is "
              + interaction.status
              + (interaction.consult != null ? " with a consult transfer open" : "")
              + "; cannot "
              + (hold ? "hold" : "resume"));
    }
    LiveLeg leg = interaction.main;
    if (hold) {
      leg.hold(core.now());
    } else {
      leg.resume(core.now());
    }
    interaction.status = hold ? InteractionStatus.HELD : InteractionStatus.CONNECTED;
    LiveAgent agent = core.agent(java.util.Objects.requireNonNull(leg.agent));
    agent.routing = hold ? RoutingState.HELD : RoutingState.CONNECTED;
    core.changed(agent);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /**
   * The customer's call ended. Before an answer that is an abandon; after it the agent wraps up,
   * and an open consult is cancelled.
   */
  Interaction callEnded(String interactionId) {
    LiveInteraction interaction = core.interaction(interactionId);
    if (interaction.status == InteractionStatus.WAITING
        || interaction.status == InteractionStatus.OFFERED) {
      return abandon(interactionId);
    }
    if (interaction.status != InteractionStatus.CONNECTED
        && interaction.status != InteractionStatus.HELD) {
      throw new WrongStateException("interaction " + interactionId + " already ended");
    }
    cancelConsult(interaction);
    LiveLeg leg = interaction.main;
    leg.end(core.now(), LegOutcome.COMPLETED);
    interaction.ended = core.now();
    interaction.endReason = EndReason.COMPLETED;
    interaction.status = InteractionStatus.WRAP_UP;
    wrapUps.start(core.agent(java.util.Objects.requireNonNull(leg.agent)), interaction, leg);
    core.changed(interaction);
    return interaction.snapshot();
  }

  /**
   * Ends an open consult leg: takes it out of its queue or back from its agent; an agent who
   * answered it is free again without wrap-up (they only spoke to their colleague).
   */
  void cancelConsult(LiveInteraction interaction) {
    LiveLeg consult = interaction.consult;
    if (consult == null) {
      return;
    }
    offers.withdraw(interaction);
    core.router.abandon(interaction.id());
    consult.end(core.now(), LegOutcome.CANCELLED);
    interaction.consult = null;
    if (consult.agent != null) {
      presences.workEnded(core.agent(consult.agent), null);
    }
  }

  /** An agent wrote a note on an interaction in flight. */
  Interaction addNote(String interactionId, String author, String text) {
    LiveInteraction interaction = core.interaction(interactionId);
    core.agent(author);
    if (text.isBlank()) {
      throw new InvalidRequestException("a note needs text");
    }
    interaction.notes.add(new Note(core.now(), author, text));
    core.changed(interaction);
    return interaction.snapshot();
  }
}
