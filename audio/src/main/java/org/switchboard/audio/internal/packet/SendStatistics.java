package org.switchboard.audio.internal.packet;

import org.jspecify.annotations.Nullable;

/**
 * Counts what we send, for the sender information of our RTCP reports (RFC 3550 §6.4.1).
 *
 * <p>Not thread-safe: {@link #onSent} and {@link #senderInfo} are both called on {@code
 * switchboard-media-clock}, which sends RTP and RTCP alike.
 */
public final class SendStatistics {
  private long packets;
  private long octets;
  private boolean sentSinceReport;
  private boolean sentBeforeLastReport;

  /** Counts one RTP packet sent with {@code payloadLength} bytes of payload. */
  public void onSent(int payloadLength) {
    packets++;
    octets += payloadLength;
    sentSinceReport = true;
  }

  /**
   * The sender information for the report being built, or null when we sent no RTP during the last
   * two reporting intervals (RFC 3550 §6.4: then the report is an RR; so after hold stops sending,
   * one more SR goes out). Counts wrap at 32 bits as on the wire. Call once per report.
   *
   * @param ntpTimestamp the wall-clock time now, 64-bit NTP
   * @param rtpTimestamp the RTP timestamp matching that instant
   */
  public @Nullable SenderInfo senderInfo(long ntpTimestamp, long rtpTimestamp) {
    boolean sender = sentSinceReport || sentBeforeLastReport;
    sentBeforeLastReport = sentSinceReport;
    sentSinceReport = false;
    if (!sender) {
      return null;
    }
    return new SenderInfo(
        ntpTimestamp, rtpTimestamp & 0xffff_ffffL, packets & 0xffff_ffffL, octets & 0xffff_ffffL);
  }

  public long packets() {
    return packets;
  }

  public long octets() {
    return octets;
  }
}
