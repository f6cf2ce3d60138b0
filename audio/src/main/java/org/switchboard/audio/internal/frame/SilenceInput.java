package org.switchboard.audio.internal.frame;

import java.util.Arrays;

/**
 * A source of silence: for a call that sends nothing audible (no device, a test). Called on the
 * {@code switchboard-media-clock} thread only; stateless.
 */
public final class SilenceInput implements FrameInput {
  private final int sampleRate;

  /** Silence at {@code sampleRate}. */
  public SilenceInput(int sampleRate) {
    this.sampleRate = sampleRate;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(short[] frame) {
    Arrays.fill(frame, (short) 0);
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
