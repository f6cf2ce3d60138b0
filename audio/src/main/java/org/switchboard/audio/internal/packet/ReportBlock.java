package org.switchboard.audio.internal.packet;

/**
 * One reception report block (RFC 3550 §6.4.1): what a receiver saw of one source.
 *
 * @param ssrc the source the block is about
 * @param fractionLost the share lost since the previous report, in 1/256 (0-255)
 * @param cumulativeLost packets lost since the start, signed 24 bits (duplicates can make it
 *     negative)
 * @param extendedHighestSequence the highest sequence number received, with 16 bits of wrap count
 * @param jitter the interarrival jitter in RTP timestamp units
 * @param lastSenderReport LSR: the middle 32 bits of the last sender report's NTP time, 0 if none
 * @param delaySinceLastSenderReport DLSR: 1/65536 s since that report arrived, 0 if none
 */
public record ReportBlock(
    long ssrc,
    int fractionLost,
    int cumulativeLost,
    long extendedHighestSequence,
    long jitter,
    long lastSenderReport,
    long delaySinceLastSenderReport) {

  /** The size of a block on the wire. */
  public static final int LENGTH = 24;

  /** The fraction lost as a percentage, 0 to 99.6. */
  public double fractionLostPercent() {
    return fractionLost * 100.0 / 256.0;
  }
}
