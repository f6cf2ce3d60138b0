package org.switchboard.audio.internal;

import org.jitsi.service.neomedia.MediaStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops and closes a libjitsi stream without ever throwing. FMJ throws {@code ClockStartedError}
 * (an {@link Error}) when a stream is closed while its processor is still prefetching, e.g. a call
 * hung up within milliseconds of starting; such a close is retried a few times on a short-lived
 * {@code switchboard-stream-closer} daemon thread so the caller does not wait and nothing leaks.
 *
 * <p>Thread-safe (stateless).
 */
final class StreamCloser {
  private static final Logger LOG = LoggerFactory.getLogger(StreamCloser.class);
  private static final int RETRIES = 5;
  private static final long RETRY_MILLIS = 200;

  private StreamCloser() {}

  /** Stops and closes {@code stream} now, or soon if libjitsi is mid-transition. */
  static void close(MediaStream stream, String name) {
    quietly(stream::stop, name, "stop");
    if (!quietly(stream::close, name, "close")) {
      Thread retry = new Thread(() -> retry(stream, name), "switchboard-stream-closer");
      retry.setDaemon(true);
      retry.start();
    }
  }

  private static void retry(MediaStream stream, String name) {
    for (int i = 0; i < RETRIES; i++) {
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      quietly(stream::stop, name, "stop");
      if (quietly(stream::close, name, "close")) {
        LOG.debug("{}: stream closed on retry {}", name, i + 1);
        return;
      }
    }
    LOG.warn("{}: libjitsi refused to close the stream; giving up", name);
  }

  /** Runs {@code action}; returns false (and logs) if libjitsi or FMJ threw anything non-fatal. */
  @SuppressWarnings("IllegalCatch") // FMJ signals state errors with java.lang.Error subclasses
  private static boolean quietly(Runnable action, String name, String what) {
    try {
      action.run();
      return true;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      LOG.debug("{}: {} failed: {}", name, what, e.toString());
      return false;
    }
  }
}
