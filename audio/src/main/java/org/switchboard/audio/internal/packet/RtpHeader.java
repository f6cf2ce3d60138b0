package org.switchboard.audio.internal.packet;

/**
 * A reusable view of one RTP packet's header (RFC 3550 §5.1): {@link #parse} fills it from a
 * received datagram without allocating, {@link #write} puts a 12-byte header in front of a payload.
 *
 * <p>An instance is not thread-safe: {@code switchboard-rtp-receive} keeps one and reuses it for
 * every datagram; its fields are those of the last packet that parsed successfully. The static
 * {@link #write} (used on {@code switchboard-media-clock}) is safe on any thread.
 */
public final class RtpHeader {
  /** The fixed header: no CSRCs, no extension. */
  public static final int FIXED_LENGTH = 12;

  private static final int VERSION = 2;

  private int payloadType;
  private boolean marker;
  private int sequence;
  private long timestamp;
  private long ssrc;
  private int payloadOffset;
  private int payloadLength;

  /**
   * Reads the header of the packet at {@code buf[offset .. offset+length)}. Checks the version, the
   * CSRC list, the header extension and the padding against the length; never throws.
   *
   * @return whether it is a well-formed RTP packet; when false this view is left unchanged
   */
  public boolean parse(byte[] buf, int offset, int length) {
    if (offset < 0 || length < FIXED_LENGTH || offset > buf.length - length) {
      return false;
    }
    int first = buf[offset] & 0xff;
    if (first >>> 6 != VERSION) {
      return false;
    }
    int end = offset + length;
    int payloadStart = offset + FIXED_LENGTH + 4 * (first & 0x0f);
    if (payloadStart > end) {
      return false;
    }
    if ((first & 0x10) != 0) {
      if (payloadStart + 4 > end) {
        return false;
      }
      payloadStart += 4 + 4 * NetworkOrder.u16(buf, payloadStart + 2);
      if (payloadStart > end) {
        return false;
      }
    }
    if ((first & 0x20) != 0) {
      int padding = buf[end - 1] & 0xff;
      if (padding == 0 || padding > end - payloadStart) {
        return false;
      }
      end -= padding;
    }
    int second = buf[offset + 1] & 0xff;
    marker = (second & 0x80) != 0;
    payloadType = second & 0x7f;
    sequence = NetworkOrder.u16(buf, offset + 2);
    timestamp = NetworkOrder.u32(buf, offset + 4);
    ssrc = NetworkOrder.u32(buf, offset + 8);
    payloadOffset = payloadStart;
    payloadLength = end - payloadStart;
    return true;
  }

  /**
   * Writes a fixed 12-byte header (version 2, no padding, extension or CSRC) at {@code offset}.
   *
   * @return {@link #FIXED_LENGTH}, where the payload starts relative to {@code offset}
   * @throws IllegalArgumentException if the payload type is outside 0-127 (a programming error)
   */
  public static int write(
      byte[] buf,
      int offset,
      int payloadType,
      boolean marker,
      int sequence,
      long timestamp,
      long ssrc) {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("RTP payload type must be 0-127, was " + payloadType);
    }
    buf[offset] = (byte) (VERSION << 6);
    buf[offset + 1] = (byte) ((marker ? 0x80 : 0) | payloadType);
    NetworkOrder.put16(buf, offset + 2, sequence);
    NetworkOrder.put32(buf, offset + 4, timestamp);
    NetworkOrder.put32(buf, offset + 8, ssrc);
    return FIXED_LENGTH;
  }

  /** The payload type, 0-127. */
  public int payloadType() {
    return payloadType;
  }

  public boolean marker() {
    return marker;
  }

  /** The 16-bit sequence number, 0-65535. */
  public int sequence() {
    return sequence;
  }

  /** The 32-bit RTP timestamp, unsigned. */
  public long timestamp() {
    return timestamp;
  }

  /** The 32-bit synchronisation source, unsigned. */
  public long ssrc() {
    return ssrc;
  }

  /** Where the payload starts in the parsed buffer (after CSRCs and extension). */
  public int payloadOffset() {
    return payloadOffset;
  }

  /** The payload's length without padding; may be 0. */
  public int payloadLength() {
    return payloadLength;
  }
}
