package org.switchboard.sip.internal.register;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failed REGISTER again: the server's Retry-After when it gave one (capped at an
 * hour, so a hostile value cannot silence the account for days), else an exponential back-off from
 * {@code base} up to {@code cap}, each delay drawn between half and all of its step so that many
 * agents cut off together do not come back in step (RFC 5626 section 4.5 uses the same idea). Pure
 * and single-threaded; used on {@code sip-events}.
 */
final class RetryBackoff {
  static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

  private final Duration base;
  private final Duration cap;
  private final DoubleSupplier random;
  private int failures;

  /**
   * @param base the first step
   * @param cap the longest step
   * @param random values in [0, 1)
   */
  RetryBackoff(Duration base, Duration cap, DoubleSupplier random) {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < base <= cap: " + base + ", " + cap);
    }
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /** The delay before the next attempt after one more failure. */
  Duration next(@Nullable Duration retryAfter) {
    failures++;
    if (retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero()) {
      return retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
    }
    long step = base.toMillis();
    for (int i = 1; i < failures && step < cap.toMillis(); i++) {
      step *= 2;
    }
    step = Math.min(step, cap.toMillis());
    double share = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, random.getAsDouble()));
    return Duration.ofMillis(Math.max(1, Math.round(step * share)));
  }

  /** Forgets the failures: the registration succeeded. */
  void reset() {
    failures = 0;
  }
}
