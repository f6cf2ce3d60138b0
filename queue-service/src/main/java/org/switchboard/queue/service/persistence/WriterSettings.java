package org.switchboard.queue.service.persistence;

import java.time.Duration;

/**
 * How the {@link StoreWriter} queues and retries.
 *
 * @param capacity the most events (and other writes) waiting for the store; beyond it new ones are
 *     dropped, loudly (see {@link StoreWriter})
 * @param firstBackoff the wait after a write's first failure; it doubles after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param attemptsOnError how often a write that fails for another reason than an unreachable
 *     database (a refused statement, a missing row) is tried before it is skipped; a write the
 *     database could not be reached for is tried until it succeeds
 */
public record WriterSettings(
    int capacity, Duration firstBackoff, Duration maxBackoff, int attemptsOnError) {
  public WriterSettings {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must be 0 <= first <= max, not " + firstBackoff + " and " + maxBackoff);
    }
    if (attemptsOnError < 1) {
      throw new IllegalArgumentException("attemptsOnError must be at least 1");
    }
  }

  /**
   * 100,000 queued events (a few tens of MB of snapshots: hours of a busy centre's events at tens
   * per second), 100 ms doubling to 5 s between attempts, 3 attempts on an error.
   */
  public static WriterSettings defaults() {
    return new WriterSettings(100_000, Duration.ofMillis(100), Duration.ofSeconds(5), 3);
  }
}
