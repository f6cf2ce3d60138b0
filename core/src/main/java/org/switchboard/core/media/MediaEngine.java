package org.switchboard.core.media;

import org.switchboard.core.call.CallId;

/**
 * Creates the audio side of calls. The engine decides where audio comes from and goes to (see
 * {@link AudioSource} and {@link AudioSink}); the SIP side only negotiates and starts sessions.
 */
public interface MediaEngine extends AutoCloseable {

  /**
   * Opens a session for {@code call}, binding a local RTP/RTCP port pair.
   *
   * @throws MediaException when no port can be bound or the engine is not usable
   */
  MediaSession open(CallId call);

  /** Closes every open session and releases the engine. Idempotent; never throws. */
  @Override
  void close();
}
