package org.switchboard.audio.internal.packet;

/** Big-endian reads and writes of unsigned fields; callers check the bounds first. */
final class NetworkOrder {
  private NetworkOrder() {}

  static int u8(byte[] buf, int at) {
    return buf[at] & 0xff;
  }

  static int u16(byte[] buf, int at) {
    return ((buf[at] & 0xff) << 8) | (buf[at + 1] & 0xff);
  }

  static long u32(byte[] buf, int at) {
    return ((long) u16(buf, at) << 16) | u16(buf, at + 2);
  }

  static void put16(byte[] buf, int at, int value) {
    buf[at] = (byte) (value >>> 8);
    buf[at + 1] = (byte) value;
  }

  static void put32(byte[] buf, int at, long value) {
    buf[at] = (byte) (value >>> 24);
    buf[at + 1] = (byte) (value >>> 16);
    buf[at + 2] = (byte) (value >>> 8);
    buf[at + 3] = (byte) value;
  }
}
