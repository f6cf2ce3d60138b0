package org.switchboard.audio.internal.rtp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jitsi.service.neomedia.MediaStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops and closes a libjitsi stream, then releases its sockets, without ever throwing or making
 * the caller wait.
 *
 * <p>Why it is not just {@code stream.close()}:
 *
 * <ul>
 *   <li>FMJ starts processors asynchronously. A stream closed while its processors are still
 *       configuring or prefetching (a call hung up within milliseconds of its start, or just as the
 *       peer's first packet arrived) makes FMJ throw {@code ClockStartedError} (an {@link Error})
 *       and leaves the processor's threads running for good. So a stream is closed only once it is
 *       {@link #SETTLE_MILLIS} old, and a close FMJ refuses is retried a few times.
 *   <li>FMJ's {@code deallocate} waits without a time limit, and ignores interrupts, for a
 *       processor whose realization hung (seen once in a few hundred streams). So the close runs on
 *       its own short-lived {@code switchboard-stream-closer} daemon thread, and the sockets are
 *       released after {@link #RELEASE_BOUND_MILLIS} even if that thread never returns.
 * </ul>
 *
 * <p>Thread-safe (stateless).
 */
final class StreamCloser {
  private static final Logger LOG = LoggerFactory.getLogger(StreamCloser.class);

  /** How old a stream must be before it is closed; its processors have settled by then. */
  static final long SETTLE_MILLIS = 500;

  /** How long after the close began the sockets are released, closed or not. */
  static final long RELEASE_BOUND_MILLIS = 5_000;

  private static final int RETRIES = 5;
  private static final long RETRY_MILLIS = 200;

  private StreamCloser() {}

  /**
   * Closes {@code stream}, started at {@code startedNanos} ({@link System#nanoTime()}), on a closer
   * thread, then runs {@code release} once: when the stream is closed, or after the release bound.
   * Returns at once.
   */
  static void close(MediaStream stream, long startedNanos, Runnable release, String name) {
    long age = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    long wait = Math.max(0, SETTLE_MILLIS - age);
    AtomicBoolean closed = new AtomicBoolean();
    AtomicBoolean released = new AtomicBoolean();
    Runnable releaseOnce =
        () -> {
          if (released.compareAndSet(false, true)) {
            release.run();
          }
        };
    Thread closer =
        new Thread(
            () -> {
              closed.set(closeWithRetries(stream, wait, name));
              releaseOnce.run();
            },
            "switchboard-stream-closer");
    closer.setDaemon(true);
    closer.start();
    CompletableFuture.delayedExecutor(wait + RELEASE_BOUND_MILLIS, TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (!closed.get() && closer.isAlive()) {
                LOG.warn("{}: libjitsi hangs closing the stream; ports released anyway", name);
              }
              releaseOnce.run();
            });
  }

  private static boolean closeWithRetries(MediaStream stream, long firstWait, String name) {
    try {
      long wait = firstWait;
      for (int attempt = 0; attempt <= RETRIES; attempt++) {
        if (wait > 0) {
          Thread.sleep(wait);
        }
        if (closeNow(stream, name)) {
          return true;
        }
        wait = RETRY_MILLIS;
      }
      LOG.warn("{}: libjitsi refused to close the stream; giving up", name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private static boolean closeNow(MediaStream stream, String name) {
    return quietly(stream::stop, name, "stop") && quietly(stream::close, name, "close");
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
      LOG.debug("{}: {} failed", name, what, e);
      return false;
    }
  }
}
