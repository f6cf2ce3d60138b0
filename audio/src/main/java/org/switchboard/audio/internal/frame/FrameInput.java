package org.switchboard.audio.internal.frame;

/**
 * Where a call's sent audio comes from: a capture device, a WAV file, a tone, silence.
 *
 * <p>Called only on the engine's {@code switchboard-media-clock} thread, once per 20 ms per call;
 * {@link #read} must never block for more than about a millisecond.
 */
public interface FrameInput extends AutoCloseable {
  /** The sample rate of every frame, in Hz (8000, 16000 or 48000). */
  int sampleRate();

  /**
   * Fills {@code frame} (length {@code sampleRate() / 50}) with the next 20 ms. Fills silence when
   * nothing is available (a device that lags or went away); never throws for that.
   */
  void read(short[] frame);

  /** Releases the device or file. Idempotent; never throws. */
  @Override
  void close();

  /** Samples in one 20 ms frame at {@code sampleRate}. */
  static int samplesPerFrame(int sampleRate) {
    return sampleRate / 50;
  }
}
