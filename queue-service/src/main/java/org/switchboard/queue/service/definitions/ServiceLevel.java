package org.switchboard.queue.service.definitions;

import java.time.Duration;
import java.util.Objects;

/**
 * How a queue's service level is counted: the share of calls answered within {@code threshold}.
 *
 * @param threshold answered within this counts as in service level (e.g. 20 s)
 * @param shortAbandon callers who hang up sooner than this are left out of the figure altogether
 *     (zero: every abandon counts)
 */
public record ServiceLevel(Duration threshold, Duration shortAbandon) {
  public ServiceLevel {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(shortAbandon, "shortAbandon");
    if (threshold.isNegative() || threshold.isZero()) {
      throw new IllegalArgumentException("service level threshold must be above zero");
    }
    if (shortAbandon.isNegative()) {
      throw new IllegalArgumentException("short abandon must not be negative");
    }
  }
}
