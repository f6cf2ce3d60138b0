package org.switchboard.audio.internal.packet;

import java.time.Clock;
import java.time.Duration;

/**
 * NTP timestamps as RTCP carries them (RFC 3550 §4): 64 bits, seconds since 1900 in the high half
 * and the fraction of a second in the low half, and the "middle 32 bits" (16.16 fixed point) that
 * LSR, DLSR and round-trip arithmetic use. Stateless; any thread.
 */
public final class NtpTime {
  /** Seconds from 1900-01-01 (NTP's epoch) to 1970-01-01 (Java's). */
  static final long EPOCH_OFFSET_SECONDS = 2_208_988_800L;

  private NtpTime() {}

  /** The 64-bit NTP timestamp of a Java epoch time in milliseconds. */
  public static long fromEpochMillis(long epochMillis) {
    long seconds = Math.floorDiv(epochMillis, 1000) + EPOCH_OFFSET_SECONDS;
    long fraction = (Math.floorMod(epochMillis, 1000L) << 32) / 1000;
    return (seconds << 32) | fraction;
  }

  /** The 64-bit NTP timestamp of the clock's current instant. */
  public static long now(Clock clock) {
    return fromEpochMillis(clock.millis());
  }

  /** The middle 32 bits of a 64-bit NTP timestamp: seconds and fraction in units of 1/65536 s. */
  public static long middle32(long ntp) {
    return (ntp >>> 16) & 0xffff_ffffL;
  }

  // 1/65536 s is 1_953_125 / 128 ns exactly (10^9 / 2^16 = 5^9 / 2^7).

  /** A span in units of 1/65536 s (as in DLSR and round trips) as a duration, to the nanosecond. */
  public static Duration fromShortUnits(long units) {
    return Duration.ofNanos(units * 1_953_125L / 128L);
  }

  /** A span in nanoseconds in units of 1/65536 s, rounded down; spans under 0 count as 0. */
  public static long toShortUnits(long nanos) {
    return nanos <= 0 ? 0 : nanos * 128L / 1_953_125L;
  }
}
