package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One agent's state, in {@code agent.changed} events, snapshots and {@code GET} answers.
 *
 * @param id the agent's id
 * @param name the agent's display name
 * @param presence what the agent chose
 * @param presenceSince when the presence last changed
 * @param next the presence queued for after the call and wrap-up, or null
 * @param routing what the service is doing with the agent
 * @param routingSince when the routing state last changed
 * @param queues the queues the agent is logged in to
 * @param interaction the interaction the agent is busy with (offered, connected, wrap-up), or null
 * @param missedOffers offers missed in a row
 * @param version increases with every change; send it back as {@code expectedVersion}
 */
public record AgentView(
    String id,
    String name,
    PresenceView presence,
    Instant presenceSince,
    @Nullable PresenceView next,
    WireRoutingState routing,
    Instant routingSince,
    List<String> queues,
    @Nullable String interaction,
    int missedOffers,
    long version) {
  public AgentView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(presenceSince, "presenceSince");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(routingSince, "routingSince");
    queues = List.copyOf(queues);
  }
}
