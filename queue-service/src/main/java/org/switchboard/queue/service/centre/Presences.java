package org.switchboard.queue.service.centre;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.routing.Membership;

/**
 * Agents' presence: login, presence changes (queued while the agent has work), missed offers, and
 * what an agent becomes when their work ends. Centre thread only.
 */
final class Presences {
  private static final PresenceChoice OFFLINE = new PresenceChoice(Presence.OFFLINE, null);
  private final CentreCore core;

  Presences(CentreCore core) {
    this.core = core;
  }

  /**
   * Logs {@code agentId} in to {@code queues} (empty: all their queues), or changes the queues of
   * an agent already logged in. A new login starts not-ready without a reason.
   */
  AgentState login(String agentId, Set<String> queues) {
    LiveAgent agent = core.agent(agentId);
    List<String> member = agent.definition.memberships().stream().map(Membership::queue).toList();
    for (String queue : queues) {
      if (!member.contains(queue)) {
        throw new InvalidRequestException(
            "agent " + agentId + " is not a member of queue " + queue + "; members of " + member);
      }
    }
    agent.queues = new LinkedHashSet<>(queues.isEmpty() ? member : queues);
    if (!agent.loggedIn()) {
      agent.presence = new PresenceChoice(Presence.NOT_READY, null);
      agent.routing = RoutingState.IDLE;
      agent.next = null;
      agent.missedInRow = 0;
      agent.callsHandled = 0;
      agent.talkTime = java.time.Duration.ZERO;
      agent.idleSince = core.now();
    }
    core.changed(agent);
    return agent.snapshot();
  }

  /**
   * The agent chooses a presence. With work in hand (an offer, a call, wrap-up) it is queued as the
   * next presence; otherwise it applies now and clears not-responding.
   *
   * @param expectedVersion the version the client last saw; null to skip the check
   */
  AgentState set(String agentId, PresenceChoice choice, @Nullable Long expectedVersion) {
    LiveAgent agent = core.agent(agentId);
    check(choice);
    if (expectedVersion != null && expectedVersion != agent.version) {
      throw new StaleVersionException(agentId, expectedVersion, agent.version);
    }
    if (!agent.loggedIn() && choice.presence() != Presence.OFFLINE) {
      throw new WrongStateException("agent " + agentId + " is not logged in; log in first");
    }
    if (agent.busy()) {
      agent.next = choice;
    } else {
      applyNow(agent, choice);
    }
    core.changed(agent);
    return agent.snapshot();
  }

  private void check(PresenceChoice choice) {
    String reason = choice.reason();
    if (choice.presence() == Presence.NOT_READY) {
      if (reason == null) {
        throw new InvalidRequestException("not-ready needs a reason code");
      }
      if (!core.definition().reasonCodes().containsKey(reason)) {
        throw new InvalidRequestException(
            "unknown reason code "
                + reason
                + "; defined: "
                + core.definition().reasonCodes().keySet());
      }
    }
  }

  /** Logs the agent out now, or queues it while they have work. */
  AgentState logout(String agentId) {
    LiveAgent agent = core.agent(agentId);
    if (agent.busy()) {
      agent.next = OFFLINE;
    } else {
      applyNow(agent, OFFLINE);
    }
    core.changed(agent);
    return agent.snapshot();
  }

  private void applyNow(LiveAgent agent, PresenceChoice choice) {
    agent.presence = choice;
    agent.next = null;
    agent.routing = RoutingState.IDLE;
    if (choice.presence() == Presence.OFFLINE) {
      agent.queues = new LinkedHashSet<>();
    }
  }

  /** The agent was reserved for an offer. */
  void reserved(LiveAgent agent, String offer, String interaction) {
    agent.routing = RoutingState.RESERVED;
    agent.offer = offer;
    agent.interaction = interaction;
    core.changed(agent);
  }

  /** The agent answered: connected, and their run of missed offers is over. */
  void answered(LiveAgent agent) {
    agent.routing = RoutingState.CONNECTED;
    agent.offer = null;
    agent.missedInRow = 0;
    agent.callsHandled++;
    core.changed(agent);
  }

  /**
   * The agent missed (or rejected) an offer: not-responding, or after too many in a row not-ready
   * with reason MISSED; a queued next presence applies now.
   */
  void missed(LiveAgent agent) {
    agent.offer = null;
    agent.interaction = null;
    agent.missedInRow++;
    if (agent.missedInRow >= core.definition().missedOffersBeforeNotReady()) {
      PresenceChoice notReady =
          agent.next != null && agent.next.presence() == Presence.OFFLINE
              ? OFFLINE
              : new PresenceChoice(Presence.NOT_READY, ReasonCode.MISSED);
      applyNow(agent, notReady);
      agent.missedInRow = 0;
    } else if (agent.next != null) {
      applyNow(agent, agent.next);
    } else {
      agent.routing = RoutingState.NOT_RESPONDING;
    }
    core.changed(agent);
  }

  /**
   * The agent's work ended (wrap-up over, or an offer taken back): idle, with the queued next
   * presence, else {@code otherwise}, else the presence they had.
   */
  void workEnded(LiveAgent agent, @Nullable PresenceChoice otherwise) {
    PresenceChoice after = agent.next != null ? agent.next : otherwise;
    agent.offer = null;
    agent.interaction = null;
    agent.wrapUpPolicy = null;
    agent.wrapUpTimer = null;
    agent.wrapUpSubmitted = false;
    agent.idleSince = core.now();
    applyNow(agent, after != null ? after : agent.presence);
    core.changed(agent);
  }
}
