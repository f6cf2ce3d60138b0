package org.switchboard.audio.internal.wav;

/**
 * A cheap anti-aliasing filter for downsampling: two passes of a moving average as wide as the rate
 * ratio (a triangular kernel), which nulls the frequencies that would fold onto the new band's
 * middle and damps the rest. Plenty for prompts and test tones sent over a voice codec.
 */
final class LowPass {
  private LowPass() {}

  /** {@code samples} smoothed for resampling down by {@code ratio} (more than 1). */
  static short[] smooth(short[] samples, double ratio) {
    int width = (int) Math.round(ratio);
    if (width <= 1) {
      return samples;
    }
    return movingAverage(movingAverage(samples, width), width);
  }

  private static short[] movingAverage(short[] in, int width) {
    short[] out = new short[in.length];
    long sum = 0;
    for (int i = 0; i < in.length; i++) {
      sum += in[i];
      if (i >= width) {
        sum -= in[i - width];
      }
      out[i] = (short) (sum / Math.min(i + 1, width));
    }
    return out;
  }
}
