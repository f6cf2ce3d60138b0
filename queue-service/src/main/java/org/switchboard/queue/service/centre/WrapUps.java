package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.Disposition;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.definitions.WrapUpPolicy;

/**
 * Wrap-up after an agent's part of a call, per the queue's {@link WrapUpPolicy}: optional ends at
 * once (a disposition may still be submitted afterwards), mandatory lasts until submitted, timed
 * until the time or a submit, timed-without-early-exit until the time whatever is submitted. Centre
 * thread only.
 */
final class WrapUps {
  private static final PresenceChoice READY = new PresenceChoice(Presence.READY, null);
  private static final PresenceChoice NOT_READY = new PresenceChoice(Presence.NOT_READY, null);
  private final CentreCore core;
  private final Presences presences;

  WrapUps(CentreCore core, Presences presences) {
    this.core = core;
    this.presences = presences;
  }

  /** The agent's part of {@code leg} just ended: they wrap up under its queue's policy. */
  void start(LiveAgent agent, LiveInteraction interaction, LiveLeg leg) {
    WrapUpPolicy policy = core.queue(leg.queue).wrapUp();
    agent.routing = RoutingState.WRAP_UP;
    agent.interaction = interaction.id();
    agent.wrapUpPolicy = policy;
    agent.wrapUpSubmitted = false;
    if (leg.answered != null && leg.ended != null) {
      agent.talkTime = agent.talkTime.plus(Duration.between(leg.answered, leg.ended));
    }
    core.changed(agent);
    if (policy.mode() == WrapUpMode.OPTIONAL) {
      end(agent);
    } else if (policy.mode() != WrapUpMode.MANDATORY) {
      agent.wrapUpTimer = core.schedule(policy.time(), () -> timeUp(agent, leg));
    }
  }

  private void timeUp(LiveAgent agent, LiveLeg leg) {
    if (agent.routing == RoutingState.WRAP_UP && leg.inWrapUp() && agent.id().equals(leg.agent)) {
      end(agent);
    }
  }

  /**
   * Records the agent's wrap-up of their part of {@code interactionId}; ends the wrap-up unless the
   * policy is timed-without-early-exit.
   */
  Interaction submit(
      String agentId, String interactionId, String disposition, String notes, List<String> tags) {
    LiveAgent agent = core.agent(agentId);
    LiveInteraction interaction = find(interactionId);
    LiveLeg leg = legToWrap(interaction, agentId);
    Disposition chosen = core.definition().dispositions().get(disposition);
    if (chosen == null || !chosen.appliesTo(leg.queue)) {
      throw new InvalidRequestException(
          "disposition "
              + disposition
              + " does not apply to queue "
              + leg.queue
              + "; choose one of "
              + core.definition().dispositionsFor(leg.queue).stream()
                  .map(Disposition::code)
                  .toList());
    }
    leg.wrapUp = new WrapUp(disposition, notes, tags, core.now());
    boolean wrapping = leg.inWrapUp() && interactionId.equals(agent.interaction);
    WrapUpPolicy policy = agent.wrapUpPolicy;
    if (wrapping && policy != null && policy.mode() != WrapUpMode.TIMED_NO_EARLY_EXIT) {
      end(agent);
    } else {
      agent.wrapUpSubmitted = wrapping;
      core.changed(interaction);
    }
    return interaction.snapshot();
  }

  private LiveInteraction find(String interactionId) {
    LiveInteraction live = core.interactions.get(interactionId);
    if (live != null) {
      return live;
    }
    return core.history
        .find(interactionId)
        .orElseThrow(() -> new NotFoundException("no interaction " + interactionId));
  }

  private static LiveLeg legToWrap(LiveInteraction interaction, String agentId) {
    for (int i = interaction.legs.size() - 1; i >= 0; i--) {
      LiveLeg leg = interaction.legs.get(i);
      if (agentId.equals(leg.agent) && leg.ended != null && leg.answered != null) {
        if (leg.wrapUp != null) {
          throw new WrongStateException(
              "agent " + agentId + " already wrapped up interaction " + interaction.id());
        }
        if (!leg.consult || leg.outcome != LegOutcome.CANCELLED) {
          return leg;
        }
      }
    }
    throw new WrongStateException(
        "agent " + agentId + " has no finished part of interaction " + interaction.id());
  }

  /**
   * Ends the agent's wrap-up now (its time is up, it was submitted, or the agent is leaving): they
   * are idle, with their queued presence, else ready when the policy says auto-ready.
   */
  void end(LiveAgent agent) {
    String id = agent.interaction;
    LiveInteraction interaction = id == null ? null : core.interactions.get(id);
    if (agent.wrapUpTimer != null) {
      agent.wrapUpTimer.cancel();
    }
    WrapUpPolicy policy = agent.wrapUpPolicy;
    @Nullable PresenceChoice after = policy == null || policy.autoReady() ? READY : NOT_READY;
    if (interaction != null) {
      interaction.legs.stream()
          .filter(l -> l.inWrapUp() && agent.id().equals(l.agent))
          .forEach(l -> l.wrapUpEnded = core.now());
    }
    presences.workEnded(agent, after);
    if (interaction != null) {
      core.changed(interaction);
    }
  }
}
