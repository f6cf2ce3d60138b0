package org.switchboard.app.incoming;

import java.time.Duration;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;

/**
 * A ring cadence as data: two summed tones for {@code on}, then silence for {@code off}, repeated.
 * {@link #cycle()} renders one cycle as 16-bit signed little-endian mono PCM; a short fade at each
 * end of the tone keeps the speaker from clicking. Values only; safe from any thread.
 *
 * @param sampleRate frames per second
 * @param lowHz the first tone
 * @param highHz the second tone
 * @param on how long the tones sound in each cycle
 * @param off how long the silence after them lasts
 * @param level the peak of the summed tones, above 0 and at most 1 (full scale)
 */
public record RingCadence(
    float sampleRate, double lowHz, double highHz, Duration on, Duration off, double level) {

  /**
   * The North American ring: 440 + 480 Hz, two seconds on, four off, at a quarter of full scale.
   */
  public static final RingCadence STANDARD =
      new RingCadence(16_000f, 440, 480, Duration.ofSeconds(2), Duration.ofSeconds(4), 0.25);

  /** Fade-in and fade-out length at each end of the tone. */
  static final Duration FADE = Duration.ofMillis(10);

  private static final int BYTES_PER_FRAME = 2;

  public RingCadence {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(off, "off");
    if (sampleRate <= 0 || lowHz <= 0 || highHz <= 0) {
      throw new IllegalArgumentException("rates and frequencies must be positive");
    }
    if (Math.max(lowHz, highHz) >= sampleRate / 2) {
      throw new IllegalArgumentException("tones must be below half the sample rate");
    }
    if (on.isNegative() || on.isZero() || off.isNegative()) {
      throw new IllegalArgumentException("on must be positive and off not negative");
    }
    if (!(level > 0 && level <= 1)) {
      throw new IllegalArgumentException("level must be above 0 and at most 1");
    }
  }

  /** The format {@link #cycle()} is in. */
  public AudioFormat format() {
    return new AudioFormat(sampleRate, 16, 1, true, false);
  }

  /** Frames of tone at the start of each cycle. */
  public int onFrames() {
    return frames(on);
  }

  /** Frames in one whole cycle, tone and silence. */
  public int cycleFrames() {
    return onFrames() + frames(off);
  }

  /** One cycle as 16-bit signed little-endian mono PCM: the tone, then zeros. */
  public byte[] cycle() {
    int onFrames = onFrames();
    int fade = Math.min(frames(FADE), onFrames / 2);
    byte[] pcm = new byte[cycleFrames() * BYTES_PER_FRAME];
    double peak = level * Short.MAX_VALUE / 2;
    for (int i = 0; i < onFrames; i++) {
      double t = i / (double) sampleRate;
      double sample =
          peak * (Math.sin(2 * Math.PI * lowHz * t) + Math.sin(2 * Math.PI * highHz * t));
      int edge = Math.min(i, onFrames - 1 - i);
      if (edge < fade) {
        sample *= edge / (double) fade;
      }
      short s = (short) Math.round(sample);
      pcm[2 * i] = (byte) s;
      pcm[2 * i + 1] = (byte) (s >> 8);
    }
    return pcm;
  }

  private int frames(Duration d) {
    return (int) Math.round(d.toNanos() / 1e9 * sampleRate);
  }
}
