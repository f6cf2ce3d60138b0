package org.switchboard.queue.protocol;

import java.time.Duration;
import java.util.Objects;

/**
 * The service's answer to a client's hello.
 *
 * @param user the signed-in user
 * @param role the user's role
 * @param resumed true when the events after the client's {@code resumeFrom} follow; false when a
 *     snapshot follows instead (first connection, a restarted service, or too old a sequence)
 * @param heartbeatSeconds how often each side sends a heartbeat
 * @param graceSeconds how long the service waits for a gone client before logging its agent out
 */
public record Welcome(
    String user, WireRole role, boolean resumed, long heartbeatSeconds, long graceSeconds) {
  public Welcome {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }

  /** The heartbeat period. */
  public Duration heartbeat() {
    return Duration.ofSeconds(heartbeatSeconds);
  }
}
