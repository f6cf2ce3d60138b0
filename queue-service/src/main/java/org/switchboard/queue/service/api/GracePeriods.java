package org.switchboard.queue.service.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Counts each agent's event sockets and notices when an agent's last one has been gone for the
 * grace period (DESIGN §5): a desktop that reconnects within the grace keeps its agent logged in;
 * one that does not is reported as gone. Thread-safe (one lock, no waiting under it).
 */
final class GracePeriods {
  private final Duration grace;
  private final Clock clock;
  private final Map<String, Integer> sockets = new HashMap<>();
  private final Map<String, Instant> goneSince = new HashMap<>();

  GracePeriods(Duration grace, Clock clock) {
    this.grace = grace;
    this.clock = clock;
  }

  /** An event socket of {@code agent} opened; cancels a running grace period. */
  synchronized void connected(String agent) {
    sockets.merge(agent, 1, Integer::sum);
    goneSince.remove(agent);
  }

  /** An event socket of {@code agent} closed; the last one starts the grace period. */
  synchronized void disconnected(String agent) {
    Integer left = sockets.merge(agent, -1, Integer::sum);
    if (left != null && left <= 0) {
      sockets.remove(agent);
      goneSince.put(agent, clock.instant());
    }
  }

  /** The agents whose grace period has run out since the last call; each is reported once. */
  synchronized List<String> expired() {
    Instant now = clock.instant();
    List<String> gone = new ArrayList<>();
    Iterator<Map.Entry<String, Instant>> it = goneSince.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> e = it.next();
      if (!now.isBefore(e.getValue().plus(grace))) {
        gone.add(e.getKey());
        it.remove();
      }
    }
    return gone;
  }
}
