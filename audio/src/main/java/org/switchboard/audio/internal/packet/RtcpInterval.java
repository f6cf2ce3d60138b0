package org.switchboard.audio.internal.packet;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to send the next RTCP report (RFC 3550 §6.2, §6.3.1): every 5 seconds on average, each
 * interval drawn at random between 0.5 and 1.5 times that so that the two ends do not send in
 * lockstep; the first one is halved, so the peer hears from us sooner.
 *
 * <p>A two-party call at 64 kbit/s stays far below RTCP's 5% bandwidth share, so the 5-second
 * minimum always applies and the RFC's timer reconsideration (and its e−3/2 compensation, which
 * exists for large groups) is left out.
 *
 * <p>Not thread-safe; used on {@code switchboard-media-clock}.
 */
public final class RtcpInterval {
  /** The minimum deterministic interval of RFC 3550 §6.2. */
  public static final Duration NOMINAL = Duration.ofSeconds(5);

  private final DoubleSupplier random;
  private boolean first = true;

  /**
   * @param random uniform values in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble};
   *     tests inject fixed values
   */
  public RtcpInterval(DoubleSupplier random) {
    this.random = random;
  }

  /** The time from now until the next report. */
  public Duration next() {
    long nominalMillis = first ? NOMINAL.toMillis() / 2 : NOMINAL.toMillis();
    first = false;
    double factor = 0.5 + Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
    return Duration.ofMillis(Math.round(nominalMillis * factor));
  }
}
