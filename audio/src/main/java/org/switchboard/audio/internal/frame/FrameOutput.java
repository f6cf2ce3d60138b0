package org.switchboard.audio.internal.frame;

/**
 * Where a call's received audio goes: a playback device, a WAV file, nowhere.
 *
 * <p>Called only on the engine's {@code switchboard-media-clock} thread, once per 20 ms per call;
 * {@link #write} must never block for more than about a millisecond (a device that is behind
 * drops).
 */
public interface FrameOutput extends AutoCloseable {
  /** The sample rate of every frame, in Hz (8000, 16000 or 48000). */
  int sampleRate();

  /** Takes the next 20 ms ({@code sampleRate() / 50} samples). */
  void write(short[] frame);

  /** Releases the device or finishes the file. Idempotent; never throws. */
  @Override
  void close();
}
