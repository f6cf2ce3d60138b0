package org.switchboard.audio.internal.source;

/**
 * Plays samples (8 kHz mono) in an endless loop, e.g. a WAV file's content.
 *
 * <p>Not thread-safe: used by one source thread.
 */
public final class LoopingFrames implements FrameSource {
  private final short[] samples;
  private int position;

  /** Loops {@code samples}, which must not be empty; the array is not copied. */
  public LoopingFrames(short[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("nothing to loop: no samples");
    }
    this.samples = samples;
  }

  @Override
  public void nextFrame(short[] frame) {
    for (int i = 0; i < frame.length; i++) {
      frame[i] = samples[position];
      position = (position + 1) % samples.length;
    }
  }
}
