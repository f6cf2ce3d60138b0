package org.switchboard.audio.internal.source;

/**
 * A continuous sine tone, phase-continuous across frames, at about -10 dBFS (loud enough to survive
 * G.711, quiet enough never to clip).
 *
 * <p>Not thread-safe: used by one source thread.
 */
public final class ToneFrames implements FrameSource {
  private static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

  private final double phaseStep;
  private double phase;

  /** A tone of {@code frequencyHz}, which must lie in (0, 4000). */
  public ToneFrames(double frequencyHz) {
    if (!(frequencyHz > 0 && frequencyHz < SAMPLE_RATE / 2.0)) {
      throw new IllegalArgumentException("tone frequency must be in (0, 4000) Hz");
    }
    this.phaseStep = 2 * Math.PI * frequencyHz / SAMPLE_RATE;
  }

  @Override
  public void nextFrame(short[] frame) {
    for (int i = 0; i < frame.length; i++) {
      frame[i] = (short) Math.round(AMPLITUDE * Math.sin(phase));
      phase += phaseStep;
      if (phase > 2 * Math.PI) {
        phase -= 2 * Math.PI;
      }
    }
  }
}
