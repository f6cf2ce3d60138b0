package org.switchboard.audio.internal.frame;

/**
 * Where received audio goes when nobody listens (headless, a benchmark): it counts the frames and
 * drops them. Called on the {@code switchboard-media-clock} thread; {@link #frames} from any.
 */
public final class DiscardOutput implements FrameOutput {
  private final int sampleRate;
  private volatile long frames;

  /** Discards frames at {@code sampleRate}. */
  public DiscardOutput(int sampleRate) {
    this.sampleRate = sampleRate;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  @SuppressWarnings("NonAtomicVolatileUpdate") // one writer: the media clock thread
  public void write(short[] frame) {
    frames++;
  }

  /** How many frames were written (and discarded). */
  public long frames() {
    return frames;
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
