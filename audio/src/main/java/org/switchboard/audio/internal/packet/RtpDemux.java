package org.switchboard.audio.internal.packet;

/**
 * Tells RTP, RTCP, DTLS and STUN apart on one port, by the first byte (RFC 7983) and, for RTP
 * versus multiplexed RTCP, by the second (RFC 5761 §4: RTCP packet types 192-223 never collide with
 * the payload types an RTP session uses). Each kind also needs its smallest valid length, so the
 * parsers behind it never see a stub. Stateless; any thread.
 */
public final class RtpDemux {
  /** A STUN message header (RFC 5389 §6). */
  static final int STUN_HEADER = 20;

  /** A DTLS record header (RFC 6347 §4.1). */
  static final int DTLS_RECORD_HEADER = 13;

  /** An RTCP receiver report with no blocks, the smallest RTCP packet. */
  static final int RTCP_MINIMUM = 8;

  private RtpDemux() {}

  /**
   * Classifies the first {@code length} bytes of {@code datagram}; never throws (a length beyond
   * the array counts as {@link PacketKind#UNKNOWN}).
   */
  public static PacketKind kind(byte[] datagram, int length) {
    if (length < 1 || length > datagram.length) {
      return PacketKind.UNKNOWN;
    }
    int first = datagram[0] & 0xff;
    if (first <= 3) {
      return length >= STUN_HEADER ? PacketKind.STUN : PacketKind.UNKNOWN;
    }
    if (first >= 20 && first <= 63) {
      return length >= DTLS_RECORD_HEADER ? PacketKind.DTLS : PacketKind.UNKNOWN;
    }
    if (first >= 128 && first <= 191 && length >= RTCP_MINIMUM) {
      int second = datagram[1] & 0xff;
      if (second >= 192 && second <= 223) {
        return PacketKind.RTCP;
      }
      return length >= RtpHeader.FIXED_LENGTH ? PacketKind.RTP : PacketKind.UNKNOWN;
    }
    return PacketKind.UNKNOWN;
  }
}
