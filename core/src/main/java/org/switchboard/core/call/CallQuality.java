package org.switchboard.core.call;

import java.time.Duration;
import java.util.Objects;

/**
 * How a call sounds, estimated from the received RTP stream.
 *
 * @param mos the estimated mean opinion score, 1.0 (bad) to 4.5 (excellent)
 * @param lossPercent the share of packets lost, 0 to 100
 * @param jitter the interarrival jitter
 * @param roundTrip the round-trip time from RTCP, {@link Duration#ZERO} when not yet known
 */
public record CallQuality(double mos, double lossPercent, Duration jitter, Duration roundTrip) {
  public CallQuality {
    Objects.requireNonNull(jitter, "jitter");
    Objects.requireNonNull(roundTrip, "roundTrip");
    if (mos < 1.0 || mos > 5.0) {
      throw new IllegalArgumentException("mos must be between 1 and 5: " + mos);
    }
    if (lossPercent < 0 || lossPercent > 100) {
      throw new IllegalArgumentException("lossPercent must be between 0 and 100: " + lossPercent);
    }
  }

  /** The grade a person would give: good from MOS 4.0, fair from 3.1, poor below. */
  public Grade grade() {
    if (mos >= 4.0) {
      return Grade.GOOD;
    }
    return mos >= 3.1 ? Grade.FAIR : Grade.POOR;
  }

  /** Coarse quality levels for an indicator. */
  public enum Grade {
    GOOD,
    FAIR,
    POOR
  }
}
