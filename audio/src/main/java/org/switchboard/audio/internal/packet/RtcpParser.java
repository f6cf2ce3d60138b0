package org.switchboard.audio.internal.packet;

import org.jspecify.annotations.Nullable;

/**
 * Reads a received compound RTCP packet (RFC 3550 §6.1, validity checks of Appendix A.2): every
 * packet must be version 2 and fit, the lengths must add up to the datagram, padding is allowed
 * only on the last packet. Sender reports, receiver reports and BYE are read; SDES, APP, feedback
 * and unknown types are skipped by their length.
 *
 * <p>Stateless; called on {@code switchboard-rtp-receive}. Never throws for malformed input.
 */
public final class RtcpParser {
  private static final int HEADER = 4;
  private static final int SENDER_INFO = 20;

  private RtcpParser() {}

  /**
   * Parses {@code buf[offset .. offset+length)}.
   *
   * @param ourSsrc our SSRC, to pick the report block about our own stream
   * @return what it said, or null when it is not a well-formed compound packet
   */
  public static @Nullable RtcpReport parse(byte[] buf, int offset, int length, long ourSsrc) {
    if (offset < 0 || length < HEADER || offset > buf.length - length) {
      return null;
    }
    Reading reading = new Reading(ourSsrc);
    int end = offset + length;
    int at = offset;
    while (at < end) {
      int declared = declaredLength(buf, at, end);
      int body = declared < 0 ? -1 : withoutPadding(buf, at, declared, at + declared == end);
      if (body < 0 || !reading.read(buf, at, body)) {
        return null;
      }
      at += declared;
    }
    return reading.result();
  }

  /** The packet's length from its header, or -1 when the version is wrong or it overruns. */
  private static int declaredLength(byte[] buf, int at, int end) {
    if (end - at < HEADER) {
      return -1;
    }
    int declared = 4 * (NetworkOrder.u16(buf, at + 2) + 1);
    return NetworkOrder.u8(buf, at) >>> 6 != 2 || declared > end - at ? -1 : declared;
  }

  /**
   * The packet's length less its padding, or -1 when padding is set on a packet that is not the
   * last, or its count is 0 or eats into the header.
   */
  private static int withoutPadding(byte[] buf, int at, int declared, boolean last) {
    if ((NetworkOrder.u8(buf, at) & 0x20) == 0) {
      return declared;
    }
    int padding = NetworkOrder.u8(buf, at + declared - 1);
    return last && padding > 0 && padding <= declared - HEADER ? declared - padding : -1;
  }

  /** The state of one parse; a new one per compound, which arrives every few seconds. */
  private static final class Reading {
    private final long ourSsrc;
    private long senderSsrc = RtcpReport.UNKNOWN_SSRC;
    private @Nullable SenderInfo senderInfo;
    private @Nullable ReportBlock aboutUs;
    private boolean bye;

    Reading(long ourSsrc) {
      this.ourSsrc = ourSsrc;
    }

    /** Reads one packet whose header was checked; false when its body contradicts it. */
    boolean read(byte[] buf, int at, int length) {
      int count = NetworkOrder.u8(buf, at) & 0x1f;
      switch (NetworkOrder.u8(buf, at + 1)) {
        case RtcpWriter.SR:
          return readReport(buf, at, length, count, true);
        case RtcpWriter.RR:
          return readReport(buf, at, length, count, false);
        case RtcpWriter.BYE:
          return readBye(buf, at, length, count);
        default:
          return true;
      }
    }

    private boolean readReport(byte[] buf, int at, int length, int count, boolean sender) {
      int blocksAt = at + 8 + (sender ? SENDER_INFO : 0);
      if (blocksAt + count * ReportBlock.LENGTH > at + length) {
        return false;
      }
      long ssrc = NetworkOrder.u32(buf, at + 4);
      if (senderSsrc == RtcpReport.UNKNOWN_SSRC) {
        senderSsrc = ssrc;
      }
      if (sender && senderInfo == null) {
        senderInfo =
            new SenderInfo(
                (NetworkOrder.u32(buf, at + 8) << 32) | NetworkOrder.u32(buf, at + 12),
                NetworkOrder.u32(buf, at + 16),
                NetworkOrder.u32(buf, at + 20),
                NetworkOrder.u32(buf, at + 24));
      }
      for (int i = 0; i < count; i++) {
        int block = blocksAt + i * ReportBlock.LENGTH;
        if (aboutUs == null && NetworkOrder.u32(buf, block) == ourSsrc) {
          aboutUs = readBlock(buf, block);
        }
      }
      return true;
    }

    private static ReportBlock readBlock(byte[] buf, int at) {
      int lost = (int) (NetworkOrder.u32(buf, at + 4) & 0xffffff);
      return new ReportBlock(
          NetworkOrder.u32(buf, at),
          NetworkOrder.u8(buf, at + 4),
          (lost << 8) >> 8, // sign-extend the 24-bit field
          NetworkOrder.u32(buf, at + 8),
          NetworkOrder.u32(buf, at + 12),
          NetworkOrder.u32(buf, at + 16),
          NetworkOrder.u32(buf, at + 20));
    }

    private boolean readBye(byte[] buf, int at, int length, int count) {
      if (HEADER + 4 * count > length) {
        return false;
      }
      if (senderSsrc == RtcpReport.UNKNOWN_SSRC && count > 0) {
        senderSsrc = NetworkOrder.u32(buf, at + 4);
      }
      bye = true;
      return true;
    }

    RtcpReport result() {
      return new RtcpReport(senderSsrc, senderInfo, aboutUs, bye);
    }
  }
}
