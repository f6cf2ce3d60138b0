package org.switchboard.audio.internal.codec;

import static org.switchboard.audio.internal.codec.G722Tables.STEP_MANTISSA;
import static org.switchboard.audio.internal.codec.G722Tables.saturate;

/**
 * One sub-band's ADPCM state in G.722, identical in encoder and decoder: the adaptive step size
 * (log scale factor and its linear value) and the adaptive predictor, two poles and six zeros,
 * updated from each quantised difference (the Recommendation's "block 4"). Encoder and decoder stay
 * in step because both feed it the same quantised differences.
 *
 * <p>Not thread-safe: one per direction of one call.
 */
final class G722Band {
  private final int maxLogScale;
  private final int scaleShift;

  /** Log-domain scale factor ("nabla"), adapted per sample. */
  private int logScale;

  /** Linear quantiser step derived from {@link #logScale}. */
  private int step;

  private final int[] poles = new int[3]; // a1, a2 at [1], [2]
  private final int[] zeros = new int[7]; // b1..b6 at [1..6]
  private final int[] differences = new int[7]; // d(k), d(k-1)..d(k-6)
  private final int[] partials = new int[3]; // p(k), p(k-1), p(k-2)
  private final int[] reconstructed = new int[3]; // r(k), r(k-1), r(k-2)
  private int zeroPart;
  private int estimate;

  /**
   * A band whose log scale factor is limited to {@code maxLogScale} and turned into a step with
   * {@code scaleShift} (lower band 18432 and 8, higher band 22528 and 10).
   */
  G722Band(int maxLogScale, int scaleShift) {
    this.maxLogScale = maxLogScale;
    this.scaleShift = scaleShift;
    this.step = stepFor(0);
  }

  static G722Band lower() {
    return new G722Band(18432, 8);
  }

  static G722Band higher() {
    return new G722Band(22528, 10);
  }

  /** The quantiser step size for the current sample. */
  int step() {
    return step;
  }

  /** The predicted signal for the current sample. */
  int estimate() {
    return estimate;
  }

  /** Adapts the step size after a code of weight {@code weight} (from the band's weight table). */
  void adaptStep(int weight) {
    int leaked = (logScale * 127) >> 7;
    logScale = Math.max(0, Math.min(maxLogScale, leaked + weight));
    step = stepFor(logScale);
  }

  private int stepFor(int log) {
    int mantissa = STEP_MANTISSA[(log >> 6) & 31];
    int shift = scaleShift - (log >> 11);
    int linear = shift < 0 ? mantissa << -shift : mantissa >> shift;
    return linear << 2;
  }

  /** Updates the predictor with the quantised difference of this sample and predicts the next. */
  void update(int difference) {
    differences[0] = difference;
    reconstructed[0] = saturate(estimate + difference);
    partials[0] = saturate(zeroPart + difference);
    adaptPoles();
    adaptZeros(difference);
    shiftHistory();
    predict();
  }

  private void adaptPoles() {
    boolean sameAsLast = sign(partials[0]) == sign(partials[1]);
    boolean sameAsBeforeLast = sign(partials[0]) == sign(partials[2]);
    int a1Term = saturate(poles[1] << 2);
    int pull = Math.min(Short.MAX_VALUE, sameAsLast ? -a1Term : a1Term) >> 7;
    int newA2 = pull + (sameAsBeforeLast ? 128 : -128) + ((poles[2] * 32512) >> 15);
    newA2 = Math.max(-12288, Math.min(12288, newA2));
    int newA1 = saturate((sameAsLast ? 192 : -192) + ((poles[1] * 32640) >> 15));
    int limit = saturate(15360 - newA2);
    poles[1] = Math.max(-limit, Math.min(limit, newA1));
    poles[2] = newA2;
  }

  private void adaptZeros(int difference) {
    int gain = difference == 0 ? 0 : 128;
    for (int i = 1; i < 7; i++) {
      int nudge = sign(differences[i]) == sign(difference) ? gain : -gain;
      zeros[i] = saturate(nudge + ((zeros[i] * 32640) >> 15));
    }
  }

  private void shiftHistory() {
    System.arraycopy(differences, 0, differences, 1, 6);
    System.arraycopy(partials, 0, partials, 1, 2);
    System.arraycopy(reconstructed, 0, reconstructed, 1, 2);
  }

  private void predict() {
    int polePart =
        saturate(
            ((poles[1] * saturate(2 * reconstructed[1])) >> 15)
                + ((poles[2] * saturate(2 * reconstructed[2])) >> 15));
    int zeros6 = 0;
    for (int i = 1; i < 7; i++) {
      zeros6 += (zeros[i] * saturate(2 * differences[i])) >> 15;
    }
    zeroPart = saturate(zeros6);
    estimate = saturate(polePart + zeroPart);
  }

  /** The Recommendation's sign: -1 for negative, 0 for zero and positive. */
  private static int sign(int value) {
    return value >> 31;
  }
}
