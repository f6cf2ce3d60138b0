package org.switchboard.audio.internal.codec;

/**
 * The G.722 decoder at 64 kbit/s (mode 1): each octet gives a lower-band and a higher-band sample,
 * which the receive QMF turns into two 16 kHz samples.
 *
 * <p>Not thread-safe: one per call, its state carries over from packet to packet.
 */
final class G722Decoder {
  private static final int LIMIT = 16384;

  private final G722Band lower = G722Band.lower();
  private final G722Band higher = G722Band.higher();

  /** Sums (even slots) and differences (odd slots) of the sub-bands, newest at the end. */
  private final int[] history = new int[24];

  /** Decodes {@code length} octets of {@code in} from {@code offset} into twice as many samples. */
  void decode(byte[] in, int offset, int length, short[] out) {
    for (int i = 0; i < length; i++) {
      int code = in[offset + i] & 0xff;
      int low = decodeLower(code & 0x3f);
      int high = decodeHigher(code >> 6);
      System.arraycopy(history, 2, history, 0, 22);
      history[22] = low + high;
      history[23] = low - high;
      synthesise(out, 2 * i);
    }
  }

  private int decodeLower(int code) {
    int heard = lower.estimate() + ((lower.step() * G722Tables.LOW_OUTPUT_6[code]) >> 15);
    int code4 = code >> 2;
    int difference = (lower.step() * G722Tables.LOW_OUTPUT_4[code4]) >> 15;
    lower.adaptStep(G722Tables.LOW_WEIGHTS[G722Tables.LOW_WEIGHT_CLASS[code4]]);
    lower.update(difference);
    return clamp(heard);
  }

  private int decodeHigher(int code) {
    int difference = (higher.step() * G722Tables.HIGH_OUTPUT[code]) >> 15;
    int heard = higher.estimate() + difference;
    higher.adaptStep(G722Tables.HIGH_WEIGHTS[code]);
    higher.update(difference);
    return clamp(heard);
  }

  private void synthesise(short[] out, int at) {
    // Differences meet the even taps, sums the odd taps; each set adds up to 2^12, so shifting by
    // 11 doubles the 15-bit sub-band scale back to 16-bit PCM.
    int first = 0;
    int second = 0;
    for (int i = 0; i < 12; i++) {
      first += G722Tables.QMF[2 * i] * history[23 - 2 * i];
      second += G722Tables.QMF[2 * i + 1] * history[22 - 2 * i];
    }
    out[at] = (short) G722Tables.saturate(first >> 11);
    out[at + 1] = (short) G722Tables.saturate(second >> 11);
  }

  private static int clamp(int sample) {
    return Math.max(-LIMIT, Math.min(LIMIT - 1, sample));
  }
}
