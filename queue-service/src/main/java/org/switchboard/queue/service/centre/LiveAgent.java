package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.WrapUpPolicy;
import org.switchboard.queue.service.routing.Agent;
import org.switchboard.queue.service.timing.Timers;

/** One agent's mutable state, owned by the centre's thread; {@link #snapshot} is what leaves it. */
final class LiveAgent {
  AgentDefinition definition;
  PresenceChoice presence = new PresenceChoice(Presence.OFFLINE, null);
  @Nullable PresenceChoice next;
  RoutingState routing = RoutingState.IDLE;
  Set<String> queues = new LinkedHashSet<>();
  @Nullable String interaction;
  @Nullable String offer;
  int missedInRow;
  Instant since;
  Instant idleSince;
  int callsHandled;
  Duration talkTime = Duration.ZERO;
  long version;

  /** The wrap-up in progress: its queue's policy, its timer, whether it was submitted. */
  @Nullable WrapUpPolicy wrapUpPolicy;

  Timers.@Nullable Timer wrapUpTimer;
  boolean wrapUpSubmitted;

  /** The segment being lived now, for occupancy. */
  AgentSegment segment;

  LiveAgent(AgentDefinition definition, Instant now) {
    this.definition = definition;
    this.since = now;
    this.idleSince = now;
    this.segment =
        new AgentSegment(definition.id(), Set.of(), Presence.OFFLINE, routing, now, null);
  }

  String id() {
    return definition.id();
  }

  boolean loggedIn() {
    return presence.presence() != Presence.OFFLINE;
  }

  /** Whether the agent has work now (an offer, a call, a wrap-up), so presence changes queue. */
  boolean busy() {
    return routing != RoutingState.IDLE && routing != RoutingState.NOT_RESPONDING;
  }

  boolean available() {
    return presence.presence() == Presence.READY && routing == RoutingState.IDLE;
  }

  AgentState snapshot() {
    return new AgentState(
        id(),
        presence,
        next,
        routing,
        queues,
        interaction,
        offer,
        missedInRow,
        since,
        idleSince,
        callsHandled,
        talkTime,
        version);
  }

  /** The agent as routing sees them: only the memberships of the queues they are logged in to. */
  Agent forRouter() {
    return new Agent(
        id(),
        definition.memberships().stream().filter(m -> queues.contains(m.queue())).toList(),
        definition.skills(),
        available(),
        idleSince,
        callsHandled,
        talkTime);
  }
}
