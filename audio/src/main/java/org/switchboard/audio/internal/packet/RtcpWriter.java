package org.switchboard.audio.internal.packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Builds our compound RTCP packets (RFC 3550 §6.1): a sender report when we sent RTP since the last
 * report, else a receiver report, with at most one report block (about the peer), then an SDES
 * chunk with our CNAME, and for {@link #writeBye} a BYE last.
 *
 * <p>Called on {@code switchboard-media-clock}; holds only immutable state, so any thread may use
 * it.
 */
public final class RtcpWriter {
  /** The longest compound this writer produces: SR with a block, SDES, BYE. */
  public static final int MAX_LENGTH = 28 + ReportBlock.LENGTH + 268 + 8;

  static final int SR = 200;
  static final int RR = 201;
  static final int SDES = 202;
  static final int BYE = 203;
  private static final int CNAME = 1;
  private static final int MAX_CNAME = 255;

  private final long ssrc;
  private final byte[] cname;

  /**
   * @param ssrc our synchronisation source, unsigned 32 bits
   * @param cname our canonical name (e.g. {@code agent@10.0.0.5}); UTF-8, cut to 255 bytes
   */
  public RtcpWriter(long ssrc, String cname) {
    this.ssrc = ssrc;
    byte[] bytes = cname.getBytes(StandardCharsets.UTF_8);
    this.cname = bytes.length > MAX_CNAME ? Arrays.copyOf(bytes, MAX_CNAME) : bytes;
  }

  /**
   * Writes SR (if {@code sent} is given) or RR, then SDES, at {@code offset}.
   *
   * @param sent our sender information, or null when we sent nothing since the last report
   * @param block what we received from the peer, or null when we received nothing valid yet
   * @return the compound's length
   * @throws IllegalArgumentException if fewer than {@link #MAX_LENGTH} bytes follow {@code offset}
   */
  public int writeReport(
      byte[] buf, int offset, @Nullable SenderInfo sent, @Nullable ReportBlock block) {
    checkRoom(buf, offset);
    int at = offset + writeSenderOrReceiverReport(buf, offset, sent, block);
    at += writeSdes(buf, at);
    return at - offset;
  }

  /** Like {@link #writeReport}, followed by a BYE for our SSRC (we are leaving the session). */
  public int writeBye(
      byte[] buf, int offset, @Nullable SenderInfo sent, @Nullable ReportBlock block) {
    int at = offset + writeReport(buf, offset, sent, block);
    writeCommonHeader(buf, at, 1, BYE, 8);
    NetworkOrder.put32(buf, at + 4, ssrc);
    return at + 8 - offset;
  }

  private int writeSenderOrReceiverReport(
      byte[] buf, int at, @Nullable SenderInfo sent, @Nullable ReportBlock block) {
    int blocks = block == null ? 0 : 1;
    int length = (sent == null ? 8 : 28) + blocks * ReportBlock.LENGTH;
    writeCommonHeader(buf, at, blocks, sent == null ? RR : SR, length);
    NetworkOrder.put32(buf, at + 4, ssrc);
    int next = at + 8;
    if (sent != null) {
      NetworkOrder.put32(buf, next, sent.ntpTimestamp() >>> 32);
      NetworkOrder.put32(buf, next + 4, sent.ntpTimestamp());
      NetworkOrder.put32(buf, next + 8, sent.rtpTimestamp());
      NetworkOrder.put32(buf, next + 12, sent.packetCount());
      NetworkOrder.put32(buf, next + 16, sent.octetCount());
      next += 20;
    }
    if (block != null) {
      writeBlock(buf, next, block);
    }
    return length;
  }

  private static void writeBlock(byte[] buf, int at, ReportBlock block) {
    NetworkOrder.put32(buf, at, block.ssrc());
    NetworkOrder.put32(
        buf,
        at + 4,
        ((long) (block.fractionLost() & 0xff) << 24) | (block.cumulativeLost() & 0xffffff));
    NetworkOrder.put32(buf, at + 8, block.extendedHighestSequence());
    NetworkOrder.put32(buf, at + 12, block.jitter());
    NetworkOrder.put32(buf, at + 16, block.lastSenderReport());
    NetworkOrder.put32(buf, at + 20, block.delaySinceLastSenderReport());
  }

  /** One chunk: SSRC, CNAME item, then a null END item padded to the next 32-bit boundary. */
  private int writeSdes(byte[] buf, int at) {
    int items = 2 + cname.length;
    int chunk = 4 + (items / 4 + 1) * 4; // at least one zero byte ends the item list
    int length = 4 + chunk;
    writeCommonHeader(buf, at, 1, SDES, length);
    NetworkOrder.put32(buf, at + 4, ssrc);
    buf[at + 8] = CNAME;
    buf[at + 9] = (byte) cname.length;
    System.arraycopy(cname, 0, buf, at + 10, cname.length);
    Arrays.fill(buf, at + 10 + cname.length, at + length, (byte) 0);
    return length;
  }

  /** Version 2, no padding, the count, the type and the length in 32-bit words minus one. */
  private static void writeCommonHeader(byte[] buf, int at, int count, int type, int length) {
    buf[at] = (byte) (0x80 | count);
    buf[at + 1] = (byte) type;
    NetworkOrder.put16(buf, at + 2, length / 4 - 1);
  }

  private static void checkRoom(byte[] buf, int offset) {
    if (offset < 0 || buf.length - offset < MAX_LENGTH) {
      throw new IllegalArgumentException(
          "an RTCP buffer needs "
              + MAX_LENGTH
              + " bytes from offset "
              + offset
              + ", has "
              + (buf.length - offset));
    }
  }
}
