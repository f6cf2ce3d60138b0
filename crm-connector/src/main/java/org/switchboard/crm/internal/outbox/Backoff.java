package org.switchboard.crm.internal.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failed delivery again: exponential from {@code first} to {@code max} with "equal
 * jitter" (half the wait fixed, half random) so that many desktops coming back after a CRM outage
 * do not all retry in the same second; never earlier than the CRM's Retry-After.
 */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration first, Duration max, RandomGenerator random) {
    this.first = first;
    this.max = max;
    this.random = random;
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  Duration after(int failures, @Nullable Duration retryAfter) {
    long ceiling = first.toMillis();
    for (int i = 1; i < failures && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, max.toMillis());
    long half = ceiling / 2;
    Duration wait = Duration.ofMillis(half + random.nextLong(half + 1));
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }
}
