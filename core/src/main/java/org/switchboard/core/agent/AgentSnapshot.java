package org.switchboard.core.agent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the desktop shows about the agent's session, at one moment.
 *
 * @param presence what the agent chose
 * @param presenceSince when it was chosen
 * @param nextPresence a presence chosen during a call, applied when the call and its wrap-up end
 * @param routing where the agent is in handling calls
 * @param routingSince when the routing state last changed
 * @param reasons the not-ready reasons the agent may choose from
 * @param queues the queues' figures the agent may see; empty without a queue service
 * @param offer the call being offered, while one is
 * @param wrapUp the call waiting for its wrap-up, while one is
 */
public record AgentSnapshot(
    Presence presence,
    Instant presenceSince,
    @Nullable Presence nextPresence,
    RoutingState routing,
    Instant routingSince,
    List<NotReadyReason> reasons,
    List<QueueFigures> queues,
    @Nullable Offer offer,
    @Nullable PendingWrapUp wrapUp) {
  public AgentSnapshot {
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(presenceSince, "presenceSince");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(routingSince, "routingSince");
    reasons = List.copyOf(reasons);
    queues = List.copyOf(queues);
  }
}
