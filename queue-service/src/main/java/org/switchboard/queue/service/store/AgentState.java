package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agent's state as last saved: presence the agent chose, routing state the service owns.
 *
 * @param agent the agent's id
 * @param presence what the agent chose
 * @param reasonCode the not-ready reason code (e.g. {@code BREAK}, {@code MISSED}); null otherwise
 * @param routingState where the agent is in handling calls
 * @param nextPresence a presence queued during a call, to apply when it ends; null for none
 * @param nextReasonCode the queued presence's reason code, when it is not-ready
 * @param queues the queues the agent is logged in to
 * @param missedOffers offers missed in a row
 * @param updated when this state was saved
 */
public record AgentState(
    String agent,
    Presence presence,
    @Nullable String reasonCode,
    RoutingState routingState,
    @Nullable Presence nextPresence,
    @Nullable String nextReasonCode,
    List<String> queues,
    int missedOffers,
    Instant updated) {
  public AgentState {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(routingState, "routingState");
    queues = List.copyOf(queues);
    Objects.requireNonNull(updated, "updated");
  }

  /** What the agent chose; stored in lower case. */
  public enum Presence {
    OFFLINE,
    NOT_READY,
    READY
  }

  /** Where the agent is in handling calls; owned by the service; stored in lower case. */
  public enum RoutingState {
    IDLE,
    RESERVED,
    ALERTING,
    CONNECTED,
    HELD,
    WRAP_UP,
    NOT_RESPONDING
  }
}
