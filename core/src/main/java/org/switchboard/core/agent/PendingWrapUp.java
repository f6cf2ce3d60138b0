package org.switchboard.core.agent;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * A call waiting for its wrap-up.
 *
 * @param call the finished call
 * @param policy how to wrap it up
 * @param started when wrap-up began
 * @param deadline when a timed wrap-up ends; null for untimed modes
 * @param extensionsUsed how many times the agent has extended it
 */
public record PendingWrapUp(
    CallId call,
    WrapUpPolicy policy,
    Instant started,
    @Nullable Instant deadline,
    int extensionsUsed) {
  public PendingWrapUp {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(started, "started");
  }

  /** Whether "extend" is allowed now. */
  public boolean canExtend() {
    return deadline != null && extensionsUsed < policy.maxExtensions();
  }
}
