package org.switchboard.testkit.relay;

import java.util.SplittableRandom;

/**
 * Draws each packet's fate for one direction of a path: lost, or the delay before it is sent on.
 * Seeded, so a run can be repeated. Not thread-safe: one relay thread draws.
 */
final class ImpairmentDice {
  /** Returned by {@link #delayNanos()} for a lost packet. */
  static final long LOST = -1;

  private final SplittableRandom random;
  private final double lossProbability;
  private final long delayNanos;
  private final long jitterNanos;

  /**
   * @param stream tells apart the directions of one path, so that they draw independently
   */
  ImpairmentDice(Impairment impairment, int stream) {
    this.random = new SplittableRandom(impairment.seed() * 31 + stream);
    this.lossProbability = impairment.lossPercent() / 100.0;
    this.delayNanos = impairment.delay().toNanos();
    this.jitterNanos = impairment.jitter().toNanos();
  }

  /** {@link #LOST}, or how long to hold the next packet (0 or more nanoseconds). */
  long delayNanos() {
    if (lossProbability > 0 && random.nextDouble() < lossProbability) {
      return LOST;
    }
    if (jitterNanos == 0) {
      return delayNanos;
    }
    long offset = (long) ((random.nextDouble() * 2 - 1) * jitterNanos);
    return Math.max(0, delayNanos + offset);
  }
}
