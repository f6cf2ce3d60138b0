package org.switchboard.audio;

import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;

/** PLACEHOLDER pinning the public API; replaced by the real engine. */
public final class LibjitsiMediaEngine implements MediaEngine {
  private LibjitsiMediaEngine() {}

  /**
   * Starts libjitsi (once per JVM) and returns an engine using {@code settings}.
   *
   * @throws MediaException naming the cause when the engine cannot start
   */
  public static LibjitsiMediaEngine start(MediaSettings settings) {
    throw new MediaException("not implemented yet");
  }

  @Override
  public MediaSession open(CallId call) {
    throw new MediaException("not implemented yet");
  }

  @Override
  public void close() {}
}
