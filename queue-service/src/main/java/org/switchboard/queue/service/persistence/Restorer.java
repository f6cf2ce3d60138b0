package org.switchboard.queue.service.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.centre.CentreException;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.store.AgentState;

/**
 * Brings agents back into a fresh centre after a restart, from the states {@code Recovery.start}
 * handed back: each agent who was logged in logs in again to the saved queues (those they are still
 * a member of), then takes the saved presence and reason. A presence queued for after a call (say a
 * logout or a break) is the one restored, as that call is gone. Agents who were offline stay out.
 *
 * <p>Routing states (reserved, alerting, connected, held, wrap-up, not-responding) and missed-offer
 * counts are not restored: calls do not survive a restart of the service (after a crash {@code
 * Recovery} closed them; after a clean stop none were meant to be in flight), so every agent comes
 * back idle. Everything goes through the centre's public commands, so the centre's events (and the
 * store writer) see the agents come back as any login.
 *
 * <p><b>Threads.</b> Call it on the centre's thread, before the centre takes calls.
 */
public final class Restorer {
  private static final Logger log = LoggerFactory.getLogger(Restorer.class);

  private Restorer() {}

  /**
   * What a restore did.
   *
   * @param restored the agents logged back in
   * @param skipped agents who were logged in but could not be restored, with why
   */
  public record Result(List<String> restored, Map<String, String> skipped) {
    public Result {
      restored = List.copyOf(restored);
      skipped = Map.copyOf(skipped);
    }
  }

  /** Restores {@code saved} into {@code centre}. Called on the centre's thread. */
  public static Result restore(ContactCentre centre, List<AgentState> saved) {
    List<String> restored = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    for (AgentState state : saved) {
      AgentState.Presence presence =
          state.nextPresence() != null ? state.nextPresence() : state.presence();
      String reason = state.nextPresence() != null ? state.nextReasonCode() : state.reasonCode();
      if (presence == AgentState.Presence.OFFLINE) {
        continue;
      }
      Optional<String> why = restoreOne(centre, state, presence, reason);
      if (why.isPresent()) {
        skipped.put(state.agent(), why.get());
        log.warn("agent {} not restored: {}", state.agent(), why.get());
      } else {
        restored.add(state.agent());
      }
    }
    log.info("restored {} agents; {} could not be", restored.size(), skipped.size());
    return new Result(restored, skipped);
  }

  /** Logs the agent in and sets the presence; empty when done, else why not. */
  private static Optional<String> restoreOne(
      ContactCentre centre,
      AgentState state,
      AgentState.Presence presence,
      @org.jspecify.annotations.Nullable String reason) {
    Optional<AgentDefinition> defined = centre.definition().agent(state.agent());
    if (defined.isEmpty()) {
      return Optional.of("no longer defined");
    }
    Set<String> queues = new LinkedHashSet<>(state.queues());
    queues.retainAll(defined.get().memberships().stream().map(Membership::queue).toList());
    if (queues.isEmpty()) {
      return Optional.of("no longer a member of any saved queue " + state.queues());
    }
    try {
      centre.login(state.agent(), queues);
    } catch (CentreException e) {
      return Optional.of("login refused: " + e.getMessage());
    }
    try {
      if (presence == AgentState.Presence.READY) {
        centre.setPresence(state.agent(), Presence.READY, null);
      } else if (reason != null) {
        centre.setPresence(state.agent(), Presence.NOT_READY, reason);
      }
    } catch (CentreException e) {
      // Logged in, but not-ready without a reason: the agent sets their presence again.
      log.warn("agent {} restored not-ready without a reason: {}", state.agent(), e.getMessage());
    }
    return Optional.empty();
  }
}
