package org.switchboard.audio.internal.codec;

/**
 * The constants of ITU-T G.722 (SB-ADPCM at 64 kbit/s, mode 1): quantiser decision levels,
 * inverse-quantiser outputs, scale-factor weights and the QMF coefficients. They are the
 * Recommendation's numbers; the arithmetic that uses them is in {@link G722Band}, {@link
 * G722Encoder} and {@link G722Decoder}.
 */
final class G722Tables {
  private G722Tables() {}

  /**
   * The 24 QMF coefficients h0..h23 (symmetric: h(i) == h(23 - i)); they add up to 8192, so the
   * analysis sums carry a gain of 2^13.
   */
  static final int[] QMF = {
    3, -11, -11, 53, 12, -156, 32, 362, -210, -805, 951, 3876, //
    3876, 951, -805, -210, 362, 32, -156, 12, 53, -11, -11, 3
  };

  /** Lower band: the 30 decision levels of the 6-bit quantiser (index 1..29 used), times det. */
  static final int[] LOW_DECISION = {
    0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714, 786, 858, 940, 1023,
    1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919
  };

  /** Lower band: the 6-bit code of the interval above each decision level, positive difference. */
  static final int[] LOW_CODE_POSITIVE = {
    0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39,
    38, 37, 36, 35, 34, 33, 32
  };

  /** Lower band: the same for a negative difference. */
  static final int[] LOW_CODE_NEGATIVE = {
    0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11,
    10, 9, 8, 7, 6, 5, 4
  };

  /** Lower band: the output of the 6-bit inverse quantiser for each code (what is heard). */
  static final int[] LOW_OUTPUT_6 = {
    -136, -136, -136, -136, -24808, -21904, -19008, -16704, -14984, -13512, -12280, -11192, -10232,
    -9360, -8576, -7856, -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576, -3168, -2776,
    -2400, -2032, -1688, -1360, -1040, -728, 24808, 21904, 19008, 16704, 14984, 13512, 12280, 11192,
    10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456, 4944, 4464, 4008, 3576, 3168, 2776, 2400, 2032,
    1688, 1360, 1040, 728, 432, 136, -432, -136
  };

  /** Lower band: the 4-bit inverse quantiser (the code's top four bits), which feeds prediction. */
  static final int[] LOW_OUTPUT_4 = {
    0, -20456, -12896, -8968, -6288, -4240, -2584, -1200, 20456, 12896, 8968, 6288, 4240, 2584,
    1200, 0
  };

  /** Lower band: the scale-factor weight class of each 4-bit code. */
  static final int[] LOW_WEIGHT_CLASS = {0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0};

  /** Lower band: the log scale-factor weight of each class. */
  static final int[] LOW_WEIGHTS = {-60, -30, 58, 172, 334, 538, 1198, 3042};

  /** Higher band: the 2-bit quantiser's one decision level, times det. */
  static final int HIGH_DECISION = 564;

  /** Higher band: the 2-bit code for a small (1) or large (2) positive difference. */
  static final int[] HIGH_CODE_POSITIVE = {0, 3, 2};

  /** Higher band: the same for a negative difference. */
  static final int[] HIGH_CODE_NEGATIVE = {0, 1, 0};

  /** Higher band: the inverse quantiser's output for each 2-bit code. */
  static final int[] HIGH_OUTPUT = {-7408, -1616, 7408, 1616};

  /** Higher band: the scale-factor weight of each 2-bit code (large codes grow the step). */
  static final int[] HIGH_WEIGHTS = {798, -214, 798, -214};

  /** 2048 * 2^(i/32), rounded: the linear step size for the fractional part of the log scale. */
  static final int[] STEP_MANTISSA = {
    2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
    2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008
  };

  /** Clamps to a signed 16-bit value, as every G.722 addition does. */
  static int saturate(int value) {
    return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
  }
}
