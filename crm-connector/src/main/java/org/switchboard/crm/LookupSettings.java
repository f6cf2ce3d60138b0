package org.switchboard.crm;

import java.time.Duration;
import java.util.Objects;

/**
 * How screen pop looks customers up.
 *
 * @param timeout how long the card waits for the directory before showing "CRM unavailable"
 * @param firstRetry the wait before the first retry; it doubles up to {@code maxRetry}
 * @param maxRetry the longest wait between retries
 * @param workers threads asking the directory at once
 * @param cachedCalls calls whose card is kept (least recently used first out)
 */
public record LookupSettings(
    Duration timeout, Duration firstRetry, Duration maxRetry, int workers, int cachedCalls) {
  public LookupSettings {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(firstRetry, "firstRetry");
    Objects.requireNonNull(maxRetry, "maxRetry");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("crm.lookupTimeoutMs must be positive");
    }
    if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("lookup retry waits must be positive and ordered");
    }
    if (workers < 1 || cachedCalls < 1) {
      throw new IllegalArgumentException("lookup workers and cache size must be at least 1");
    }
  }

  /** 1.5 s timeout, retries after 2 s doubling to 60 s, 4 workers, 200 calls cached. */
  public static LookupSettings defaults() {
    return new LookupSettings(
        Duration.ofMillis(1500), Duration.ofSeconds(2), Duration.ofSeconds(60), 4, 200);
  }

  public LookupSettings withTimeout(Duration value) {
    return new LookupSettings(value, firstRetry, maxRetry, workers, cachedCalls);
  }
}
