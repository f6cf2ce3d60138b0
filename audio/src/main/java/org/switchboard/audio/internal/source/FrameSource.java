package org.switchboard.audio.internal.source;

/**
 * Produces the audio a call sends, one 20 ms frame at a time: {@link #SAMPLES_PER_FRAME} signed
 * 16-bit samples at 8 kHz, mono.
 *
 * <p>Called only on the session's source thread ({@code switchboard-source-<call>}); needs no
 * locking.
 */
public interface FrameSource {
  /** The sample rate of every frame. */
  int SAMPLE_RATE = 8000;

  /** Samples in one 20 ms frame at {@link #SAMPLE_RATE}. */
  int SAMPLES_PER_FRAME = 160;

  /** Fills {@code frame} (length {@link #SAMPLES_PER_FRAME}) with the next 20 ms of audio. */
  void nextFrame(short[] frame);
}
