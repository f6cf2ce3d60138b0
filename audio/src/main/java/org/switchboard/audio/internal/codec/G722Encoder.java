package org.switchboard.audio.internal.codec;

import static org.switchboard.audio.internal.codec.G722Tables.saturate;

/**
 * The G.722 encoder at 64 kbit/s: a QMF splits two 16 kHz samples into one lower-band and one
 * higher-band sample, coded with 6 and 2 bits into one octet (higher-band bits on top), as RFC 3551
 * puts them on the wire.
 *
 * <p>Not thread-safe: one per call, its state carries over from packet to packet.
 */
final class G722Encoder {
  private final G722Band lower = G722Band.lower();
  private final G722Band higher = G722Band.higher();

  /** The last 24 input samples, newest at the end. */
  private final int[] history = new int[24];

  /**
   * Encodes {@code count} samples (an even number) of {@code pcm} into {@code count / 2} octets.
   */
  void encode(short[] pcm, int count, byte[] out) {
    for (int i = 0; i + 1 < count; i += 2) {
      System.arraycopy(history, 2, history, 0, 22);
      history[22] = pcm[i];
      history[23] = pcm[i + 1];
      out[i / 2] = (byte) encodePair();
    }
  }

  private int encodePair() {
    // x(j - k) is history[23 - k]: sumA takes the even taps on x(j), x(j-2)..., sumB the odd taps.
    int sumA = 0;
    int sumB = 0;
    for (int i = 0; i < 12; i++) {
      sumA += G722Tables.QMF[2 * i] * history[23 - 2 * i];
      sumB += G722Tables.QMF[2 * i + 1] * history[22 - 2 * i];
    }
    // The taps add up to 2^13; shifting by 14 leaves the 15-bit sub-band signals G.722 codes.
    int low = encodeLower((sumA + sumB) >> 14);
    int high = encodeHigher((sumA - sumB) >> 14);
    return (high << 6) | low;
  }

  private int encodeLower(int sample) {
    int error = saturate(sample - lower.estimate());
    int magnitude = error >= 0 ? error : -(error + 1);
    int interval = 1;
    while (interval < 30 && magnitude >= (G722Tables.LOW_DECISION[interval] * lower.step()) >> 12) {
      interval++;
    }
    int code =
        error < 0 ? G722Tables.LOW_CODE_NEGATIVE[interval] : G722Tables.LOW_CODE_POSITIVE[interval];
    int code4 = code >> 2;
    int difference = (lower.step() * G722Tables.LOW_OUTPUT_4[code4]) >> 15;
    lower.adaptStep(G722Tables.LOW_WEIGHTS[G722Tables.LOW_WEIGHT_CLASS[code4]]);
    lower.update(difference);
    return code;
  }

  private int encodeHigher(int sample) {
    int error = saturate(sample - higher.estimate());
    int magnitude = error >= 0 ? error : -(error + 1);
    int size = magnitude >= (G722Tables.HIGH_DECISION * higher.step()) >> 12 ? 2 : 1;
    int code =
        error < 0 ? G722Tables.HIGH_CODE_NEGATIVE[size] : G722Tables.HIGH_CODE_POSITIVE[size];
    int difference = (higher.step() * G722Tables.HIGH_OUTPUT[code]) >> 15;
    higher.adaptStep(G722Tables.HIGH_WEIGHTS[code]);
    higher.update(difference);
    return code;
  }
}
