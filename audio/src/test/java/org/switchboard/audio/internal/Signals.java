package org.switchboard.audio.internal;

/**
 * Test signals and their measurement: sine tones, the dominant frequency by Goertzel, the
 * signal-to-noise ratio around a known tone, and RMS. (testkit's {@code ToneAnalysis} stops at 4
 * kHz and reads files; codecs need 6 kHz and arrays.)
 */
public final class Signals {
  private Signals() {}

  /** {@code count} samples of a sine of {@code hz} at {@code amplitude} (0..1 of full scale). */
  public static short[] sine(double hz, int rate, int count, double amplitude) {
    short[] out = new short[count];
    for (int i = 0; i < count; i++) {
      out[i] =
          (short) Math.round(amplitude * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return out;
  }

  /**
   * The strongest frequency of {@code x[from, from + length)}, to about 1 Hz, 50 Hz up to Nyquist.
   */
  public static double dominantHz(short[] x, int from, int length, int rate) {
    double best = 0;
    double bestPower = -1;
    for (double hz = 50; hz < rate / 2.0 - 50; hz += 10) {
      double p = power(x, from, length, hz, rate);
      if (p > bestPower) {
        bestPower = p;
        best = hz;
      }
    }
    double coarse = best;
    for (double hz = coarse - 10; hz <= coarse + 10; hz += 0.5) {
      double p = power(x, from, length, hz, rate);
      if (p > bestPower) {
        bestPower = p;
        best = hz;
      }
    }
    return best;
  }

  /** Goertzel power at {@code hz}, normalised by the length (comparable across windows). */
  public static double power(short[] x, int from, int length, double hz, int rate) {
    double c = 2 * Math.cos(2 * Math.PI * hz / rate);
    double s1 = 0;
    double s2 = 0;
    for (int i = from; i < from + length; i++) {
      double s0 = x[i] + c * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - c * s1 * s2) / ((double) length * length);
  }

  /**
   * The ratio, in dB, of the best-fitting sine of {@code hz} to everything else in the window: how
   * cleanly a codec passed a tone, whatever its delay and phase.
   */
  public static double snrDb(short[] x, int from, int length, double hz, int rate) {
    double ss = 0;
    double cc = 0;
    double sc = 0;
    double xs = 0;
    double xc = 0;
    for (int i = from; i < from + length; i++) {
      double s = Math.sin(2 * Math.PI * hz * i / rate);
      double c = Math.cos(2 * Math.PI * hz * i / rate);
      ss += s * s;
      cc += c * c;
      sc += s * c;
      xs += x[i] * s;
      xc += x[i] * c;
    }
    double det = ss * cc - sc * sc;
    double a = (xs * cc - xc * sc) / det;
    double b = (xc * ss - xs * sc) / det;
    double signal = 0;
    double noise = 0;
    for (int i = from; i < from + length; i++) {
      double fit =
          a * Math.sin(2 * Math.PI * hz * i / rate) + b * Math.cos(2 * Math.PI * hz * i / rate);
      signal += fit * fit;
      noise += (x[i] - fit) * (x[i] - fit);
    }
    return 10 * Math.log10(signal / Math.max(noise, 1e-9));
  }

  /** Root-mean-square of {@code x[from, from + length)}, in sample units. */
  public static double rms(short[] x, int from, int length) {
    double sum = 0;
    for (int i = from; i < from + length; i++) {
      sum += (double) x[i] * x[i];
    }
    return Math.sqrt(sum / length);
  }
}
