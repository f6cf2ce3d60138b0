package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Recovery#start} found and did.
 *
 * @param runId this run's id, for {@link ServiceRuns#heartbeat} and {@link ServiceRuns#stopCleanly}
 * @param previousRunCrashed whether the last run ended without a clean stop
 * @param lastHeartbeat when the last run was last known alive; null on the first start
 * @param waitingClosed interactions not yet answered that were closed as {@link
 *     Recovery#CRASHED_WAITING}
 * @param connectedClosed answered interactions that were closed as {@link
 *     Recovery#CRASHED_CONNECTED}
 * @param agents every agent's saved state, as saved, for the service to restore
 * @param open interactions still open after recovery (after a clean stop: everything that was in
 *     flight)
 */
public record RecoveryReport(
    long runId,
    boolean previousRunCrashed,
    @Nullable Instant lastHeartbeat,
    int waitingClosed,
    int connectedClosed,
    List<AgentState> agents,
    List<Interaction> open) {
  public RecoveryReport {
    agents = List.copyOf(agents);
    open = List.copyOf(open);
  }
}
