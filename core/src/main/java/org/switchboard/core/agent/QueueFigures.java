package org.switchboard.core.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures of one queue an agent may see.
 *
 * @param queue the queue's name; untrusted text
 * @param callsWaiting customers waiting now
 * @param longestWait how long the longest-waiting customer has waited, {@link Duration#ZERO} when
 *     none waits
 */
public record QueueFigures(String queue, int callsWaiting, Duration longestWait) {
  public QueueFigures {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(longestWait, "longestWait");
    if (callsWaiting < 0) {
      throw new IllegalArgumentException("callsWaiting must not be negative");
    }
  }
}
