package org.switchboard.testkit.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * What a lossy, jittery path does to each packet, as netem's {@code loss P% delay D J} would: a
 * packet is lost with probability {@code lossPercent}/100, independently of the others; a packet
 * that passes is held for {@code delay} plus a uniform offset in [-{@code jitter}, +{@code jitter}]
 * (never less than zero), so that packets can overtake each other, as on a real network.
 *
 * @param seed makes a run repeatable: the same seed gives the same losses and delays
 */
public record Impairment(double lossPercent, Duration delay, Duration jitter, long seed) {
  public Impairment {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(jitter, "jitter");
    if (!(lossPercent >= 0 && lossPercent <= 100)) {
      throw new IllegalArgumentException("loss must be 0 to 100 percent, was " + lossPercent);
    }
    if (delay.isNegative() || jitter.isNegative()) {
      throw new IllegalArgumentException("delay and jitter must not be negative");
    }
  }

  /** A path that loses and delays nothing. */
  public static Impairment none() {
    return new Impairment(0, Duration.ZERO, Duration.ZERO, 1);
  }
}
