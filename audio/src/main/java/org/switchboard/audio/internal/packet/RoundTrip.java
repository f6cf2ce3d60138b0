package org.switchboard.audio.internal.packet;

import java.time.Clock;
import java.time.Duration;

/**
 * The round-trip time from the report blocks the peer sends about our stream (RFC 3550 §6.4.1): the
 * arrival time A less the LSR (when our sender report left) less the DLSR (how long the peer held
 * it), all in NTP's 1/65536 s.
 *
 * <p>{@link #onReportBlock} is called on {@code switchboard-rtp-receive}; {@link #latest} may be
 * read from any thread.
 */
public final class RoundTrip {
  /** Longer is no round trip but a garbled or stale LSR. */
  static final Duration MAX_PLAUSIBLE = Duration.ofSeconds(10);

  private static final long MAX_UNITS = MAX_PLAUSIBLE.toSeconds() * 65_536;

  private final Clock clock;
  private volatile Duration latest = Duration.ZERO;

  /**
   * @param clock wall-clock time, the same one our sender reports' NTP times come from
   */
  public RoundTrip(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes a report block about our SSRC as it arrives. Blocks without an LSR (the peer got no SR
   * from us yet) and impossible results (negative, from clock steps, or over {@link
   * #MAX_PLAUSIBLE}, from a garbled LSR) are ignored.
   */
  public void onReportBlock(ReportBlock block) {
    long lastSent = block.lastSenderReport();
    if (lastSent == 0) {
      return;
    }
    long arrived = NtpTime.middle32(NtpTime.now(clock));
    int units = (int) (arrived - lastSent - block.delaySinceLastSenderReport());
    if (units >= 0 && units <= MAX_UNITS) {
      latest = NtpTime.fromShortUnits(units);
    }
  }

  /** The latest round trip measured, {@link Duration#ZERO} until there is one. */
  public Duration latest() {
    return latest;
  }
}
