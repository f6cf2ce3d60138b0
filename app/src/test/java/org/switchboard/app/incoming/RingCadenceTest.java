package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The generated ring, checked as data: its tones, its timing, its level. */
class RingCadenceTest {
  private static final RingCadence RING = RingCadence.STANDARD;

  private static double[] samples(byte[] pcm) {
    double[] out = new double[pcm.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8)) / 32768.0;
    }
    return out;
  }

  /** The power of {@code hz} in {@code x[from, to)} by the Goertzel algorithm. */
  private static double goertzel(double[] x, int from, int to, double hz, float rate) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
    double s1 = 0;
    double s2 = 0;
    for (int i = from; i < to; i++) {
      double s = x[i] + coeff * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
  }

  @Test
  void theToneIs440And480HzAndNothingElse() {
    double[] x = samples(RING.cycle());
    int on = RING.onFrames();
    double low = goertzel(x, 0, on, 440, RING.sampleRate());
    double high = goertzel(x, 0, on, 480, RING.sampleRate());

    assertThat(low / high).isBetween(0.9, 1.1);
    for (double other : new double[] {350, 400, 460, 520, 620, 1000}) {
      assertThat(goertzel(x, 0, on, other, RING.sampleRate()))
          .as("power at %s Hz", other)
          .isLessThan(low / 1000);
    }
  }

  @Test
  void twoSecondsOnThenFourSecondsOfSilence() {
    double[] x = samples(RING.cycle());
    float rate = RING.sampleRate();

    assertThat(x.length).isEqualTo((int) (6 * rate));
    assertThat(RING.onFrames()).isEqualTo((int) (2 * rate));
    int lastSound = -1;
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0) {
        lastSound = i;
      }
    }
    assertThat(lastSound).isBetween((int) (1.98 * rate), (int) (2 * rate) - 1);
    // The tone sounds through its two seconds: every 10 ms window but the fades has energy.
    int window = (int) (rate / 100);
    for (int start = window; start + window < RING.onFrames() - window; start += window) {
      double energy = 0;
      for (int i = start; i < start + window; i++) {
        energy += x[i] * x[i];
      }
      assertThat(energy / window).as("mean power at frame %s", start).isGreaterThan(1e-4);
    }
  }

  @Test
  void zeroCrossingsMatchTheBeatOfTheTwoTones() {
    double[] x = samples(RING.cycle());
    int on = RING.onFrames();
    int crossings = 0;
    for (int i = 1; i < on; i++) {
      if ((x[i - 1] < 0) != (x[i] < 0)) {
        crossings++;
      }
    }
    // 440 + 480 Hz sums to a 460 Hz carrier: about 2 * 460 crossings a second.
    double perSecond = crossings / (on / (double) RING.sampleRate());
    assertThat(perSecond).isBetween(2 * 460 * 0.95, 2 * 460 * 1.05);
  }

  @Test
  void fadesInAndOutAndStaysBelowItsLevel() {
    double[] x = samples(RING.cycle());
    int on = RING.onFrames();
    double peak = 0;
    for (double v : x) {
      peak = Math.max(peak, Math.abs(v));
    }
    assertThat(peak).isLessThanOrEqualTo(RING.level()).isGreaterThan(RING.level() * 0.9);
    assertThat(Math.abs(x[0])).isZero();
    assertThat(Math.abs(x[on - 1])).isZero();
    assertThat(Math.abs(x[5])).isLessThan(RING.level() * 0.1);
  }

  @Test
  void refusesImpossibleCadences() {
    assertThatThrownBy(
            () -> new RingCadence(8000, 440, 4500, Duration.ofSeconds(1), Duration.ZERO, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RingCadence(8000, 440, 480, Duration.ZERO, Duration.ZERO, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RingCadence(8000, 440, 480, Duration.ofSeconds(1), Duration.ZERO, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
