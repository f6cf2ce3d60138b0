package org.switchboard.audio.internal.sink;

/** ITU-T G.711 mu-law, computed rather than tabled so the arithmetic is visible. Thread-safe. */
public final class MuLaw {
  private static final int BIAS = 0x84;
  private static final int CLIP = 32635;

  private MuLaw() {}

  /** Decodes one mu-law byte to a signed 16-bit sample. */
  public static short decode(byte encoded) {
    int u = ~encoded & 0xff;
    int exponent = (u >> 4) & 0x07;
    int mantissa = u & 0x0f;
    int magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    return (short) ((u & 0x80) != 0 ? -magnitude : magnitude);
  }

  /** Encodes a signed 16-bit sample to mu-law (used by tests and by nothing on the wire). */
  public static byte encode(short sample) {
    int s = sample;
    int sign = (s >> 8) & 0x80;
    if (sign != 0) {
      s = -s;
    }
    s = Math.min(s, CLIP) + BIAS;
    int exponent = 7;
    for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (s >> (exponent + 3)) & 0x0f;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }
}
