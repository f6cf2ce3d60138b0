package org.switchboard.queue.service.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the API behaves in time and memory.
 *
 * @param heartbeat how often each side sends a heartbeat (whole seconds, at least one); a client
 *     silent for three heartbeats is closed
 * @param grace how long an agent's desktop may be gone before the centre logs the agent out
 * @param sessionTimeToLive how long a bearer token lives after its last use
 * @param replayCapacity how many recent events are kept for resuming clients
 * @param clientQueueCapacity how many messages may wait for one slow client before it is closed
 * @param tick how often heartbeats, silences and grace periods are checked
 */
public record ApiSettings(
    Duration heartbeat,
    Duration grace,
    Duration sessionTimeToLive,
    int replayCapacity,
    int clientQueueCapacity,
    Duration tick) {
  public ApiSettings {
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(sessionTimeToLive, "sessionTimeToLive");
    Objects.requireNonNull(tick, "tick");
    if (heartbeat.toSeconds() < 1 || heartbeat.toNanos() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException("heartbeat must be a whole number of seconds, at least 1");
    }
    if (grace.isNegative() || sessionTimeToLive.isNegative() || sessionTimeToLive.isZero()) {
      throw new IllegalArgumentException("grace and session time to live must not be negative");
    }
    if (replayCapacity < 1 || clientQueueCapacity < 1) {
      throw new IllegalArgumentException("replay and client queue capacities must be positive");
    }
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("tick must be positive");
    }
  }

  /** Heartbeats every 10 s, 30 s of grace, tokens for 12 h, 10,000 events kept. */
  public static ApiSettings defaults() {
    return new ApiSettings(
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofHours(12),
        10_000,
        1_000,
        Duration.ofSeconds(1));
  }

  /** How long a client may stay silent before it is closed: three heartbeats. */
  public Duration silenceLimit() {
    return heartbeat.multipliedBy(3);
  }
}
