package org.switchboard.audio.internal.codec;

/**
 * The two companding laws of ITU-T G.711, each as a 64 Ki-entry encode table and a 256-entry decode
 * table built once from the segment arithmetic below. Thread-safe (immutable).
 */
enum G711Law {
  /** mu-law (PCMU): 8 segments on a biased magnitude, all bits inverted. */
  MU_LAW {
    @Override
    byte compute(int sample) {
      int sign = sample < 0 ? 0x80 : 0;
      int magnitude = Math.min(sample < 0 ? -sample : sample, MU_CLIP) + MU_BIAS;
      int segment = 31 - Integer.numberOfLeadingZeros(magnitude) - 7; // 0 for 0x84..0xff
      int mantissa = (magnitude >> (segment + 3)) & 0x0f;
      return (byte) ~(sign | (segment << 4) | mantissa);
    }

    @Override
    short expand(byte code) {
      int bits = ~code & 0xff;
      int segment = (bits >> 4) & 0x07;
      int magnitude = ((((bits & 0x0f) << 3) + MU_BIAS) << segment) - MU_BIAS;
      return (short) ((bits & 0x80) != 0 ? -magnitude : magnitude);
    }
  },

  /** A-law (PCMA): 8 segments on the 12-bit magnitude, even bits inverted (0x55). */
  A_LAW {
    @Override
    byte compute(int sample) {
      int sign = sample >= 0 ? 0x80 : 0;
      int magnitude = (sample >= 0 ? sample : -sample - 1) >> 3; // 0..4095
      int segment = magnitude < 32 ? 0 : 31 - Integer.numberOfLeadingZeros(magnitude) - 4;
      int mantissa = segment == 0 ? magnitude >> 1 : (magnitude >> segment) & 0x0f;
      return (byte) ((sign | (segment << 4) | mantissa) ^ 0x55);
    }

    @Override
    short expand(byte code) {
      int bits = (code ^ 0x55) & 0xff;
      int segment = (bits >> 4) & 0x07;
      int mantissa = bits & 0x0f;
      int magnitude =
          segment == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (segment - 1);
      return (short) ((bits & 0x80) != 0 ? magnitude : -magnitude);
    }
  };

  private static final int MU_BIAS = 0x84;
  private static final int MU_CLIP = 32635;

  // Filled once by the constructor and only read after: immutable in effect.
  @SuppressWarnings("ImmutableEnumChecker")
  private final byte[] encodeTable = new byte[1 << 16];

  @SuppressWarnings("ImmutableEnumChecker")
  private final short[] decodeTable = new short[256];

  G711Law() {
    for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
      encodeTable[sample & 0xffff] = compute(sample);
    }
    for (int code = 0; code < 256; code++) {
      decodeTable[code] = expand((byte) code);
    }
  }

  /** The code of one 16-bit sample. */
  byte encode(short sample) {
    return encodeTable[sample & 0xffff];
  }

  /** The 16-bit sample of one code. */
  short decode(byte code) {
    return decodeTable[code & 0xff];
  }

  abstract byte compute(int sample);

  abstract short expand(byte code);
}
