package org.switchboard.audio.internal.codec;

/**
 * Packet-loss concealment for codecs without their own (G.711, G.722): the first lost frame repeats
 * the last good one a little softer, each further loss softer still, and from the fifth on it is
 * silence, so a long gap does not buzz.
 *
 * <p>Not thread-safe: belongs to one codec.
 */
final class FadingRepeat {
  /** Gain of the 1st, 2nd, ... consecutive concealed frame; silence after the last. */
  private static final double[] GAINS = {0.8, 0.5, 0.3, 0.15};

  private final short[] last;
  private int losses;

  /** Conceals frames of {@code frameSamples} samples. */
  FadingRepeat(int frameSamples) {
    this.last = new short[frameSamples];
  }

  /** Remembers the tail of a decoded frame (the last 20 ms of it) and resets the fade. */
  void remember(short[] decoded, int count) {
    int n = Math.min(count, last.length);
    System.arraycopy(decoded, count - n, last, last.length - n, n);
    losses = 0;
  }

  /** Fills one frame for a lost packet; returns the number of samples written. */
  int conceal(short[] out) {
    double gain = losses < GAINS.length ? GAINS[losses] : 0;
    losses++;
    int n = Math.min(out.length, last.length);
    for (int i = 0; i < n; i++) {
      out[i] = (short) Math.round(last[i] * gain);
    }
    return n;
  }
}
