package org.switchboard.queue.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Delays between reconnection attempts: exponential from {@code initial}, capped at {@code max},
 * each drawn at random between half and all of its step ("equal jitter"), so that desktops cut off
 * together do not all return at the same instant. {@link #reset()} after a good connection starts
 * again from {@code initial}. Not thread-safe; the connection's thread owns it.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final Random random;
  private int attempt;

  /**
   * @param initial the first step
   * @param max the largest step
   * @param random where the jitter comes from (seeded in tests)
   */
  public Backoff(Duration initial, Duration max, Random random) {
    this.initial = Objects.requireNonNull(initial, "initial");
    this.max = Objects.requireNonNull(max, "max");
    this.random = Objects.requireNonNull(random, "random");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max");
    }
  }

  /** The step of the next attempt, before jitter. */
  public Duration step() {
    // Doubling past 30 steps would overflow long before it matters: the cap is reached long before.
    Duration step = initial.multipliedBy(1L << Math.min(attempt, 30));
    return step.compareTo(max) > 0 || step.isNegative() ? max : step;
  }

  /** The delay before the next attempt; each call counts one attempt. */
  public Duration next() {
    long step = step().toMillis();
    long half = step / 2;
    attempt++;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (step - half + 1)));
  }

  /** Starts again from the first step. */
  public void reset() {
    attempt = 0;
  }

  /** How many attempts since the last reset. */
  public int attempts() {
    return attempt;
  }
}
