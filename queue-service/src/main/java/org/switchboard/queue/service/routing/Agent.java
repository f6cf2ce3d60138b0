package org.switchboard.queue.service.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What routing knows of an agent: memberships, skills, and the figures strategies compare. Agents
 * are immutable values; the {@link Router} replaces them as they change.
 *
 * @param id the agent's id
 * @param memberships the queues the agent is logged in to
 * @param skills skill name to level, e.g. {@code "language:fa" → 3}
 * @param available ready and idle: may be offered a call now
 * @param idleSince when the agent's last call (or wrap-up) ended, or logged in
 * @param callsHandled calls handled since login
 * @param talkTime talk time since login
 */
public record Agent(
    String id,
    List<Membership> memberships,
    Map<String, Integer> skills,
    boolean available,
    Instant idleSince,
    int callsHandled,
    Duration talkTime) {
  public Agent {
    Objects.requireNonNull(id, "id");
    memberships = List.copyOf(memberships);
    skills = Map.copyOf(skills);
    Objects.requireNonNull(idleSince, "idleSince");
    Objects.requireNonNull(talkTime, "talkTime");
  }

  /** The agent's membership of {@code queue}, if any. */
  Optional<Membership> in(String queue) {
    return memberships.stream().filter(m -> m.queue().equals(queue)).findFirst();
  }

  /** Whether the agent has every skill {@code call} requires, at its level or above. */
  boolean canServe(WaitingCall call) {
    for (Map.Entry<String, Integer> need : call.requires().entrySet()) {
      if (skills.getOrDefault(need.getKey(), 0) < need.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The same agent, now reserved (not available) or free again. */
  Agent withAvailable(boolean now) {
    return new Agent(id, memberships, skills, now, idleSince, callsHandled, talkTime);
  }
}
