package org.switchboard.audio.internal.engine;

/**
 * Listens to a call's audio in both directions, 20 ms at a time (a local recording). Called on the
 * {@code switchboard-media-clock} thread; must not block (hand the frames to a writer thread).
 */
public interface CallTap extends AutoCloseable {
  /** A frame this side sent (after mute: silence while muted). */
  void sent(short[] frame);

  /** A frame this side played out (concealment and silence included). */
  void received(short[] frame);

  /** Finishes the recording. Idempotent; never throws. */
  @Override
  void close();

  /** A tap that records into {@code recording} (a stereo WAV: left sent, right received). */
  static CallTap recording(org.switchboard.audio.internal.wav.CallRecording recording) {
    return new CallTap() {
      @Override
      public void sent(short[] frame) {
        recording.sent(frame);
      }

      @Override
      public void received(short[] frame) {
        recording.received(frame);
      }

      @Override
      public void close() {
        recording.close();
      }
    };
  }
}
