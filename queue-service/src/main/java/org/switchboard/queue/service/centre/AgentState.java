package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One agent as the service sees them now: an immutable snapshot.
 *
 * @param id the agent's id
 * @param presence what the agent chose, with its reason
 * @param next the presence queued during an offer, a call or wrap-up, applied when that work ends;
 *     null when none
 * @param routing what the service is doing with them
 * @param queues the queues they are logged in to (empty when offline)
 * @param interaction the interaction they are offered, handle or wrap up; null when none
 * @param offer the open offer they are part of; null when none
 * @param missedInRow offers missed since the last answered one
 * @param since when the presence or routing state last changed
 * @param idleSince when they last became free for calls (routing's longest-idle)
 * @param callsHandled calls answered since login
 * @param talkTime time connected or held since login
 * @param version increases by one on every change; a command may name the version it expects
 */
public record AgentState(
    String id,
    PresenceChoice presence,
    @Nullable PresenceChoice next,
    RoutingState routing,
    Set<String> queues,
    @Nullable String interaction,
    @Nullable String offer,
    int missedInRow,
    Instant since,
    Instant idleSince,
    int callsHandled,
    Duration talkTime,
    long version) {
  public AgentState {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(routing, "routing");
    queues = Set.copyOf(queues);
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(idleSince, "idleSince");
    Objects.requireNonNull(talkTime, "talkTime");
  }

  /** Whether routing may offer them a call of {@code queue} now. */
  public boolean availableFor(String queue) {
    return presence.presence() == Presence.READY
        && routing == RoutingState.IDLE
        && queues.contains(queue);
  }
}
