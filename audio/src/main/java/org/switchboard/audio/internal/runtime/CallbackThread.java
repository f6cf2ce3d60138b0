package org.switchboard.audio.internal.runtime;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread ({@code switchboard-audio-events}) that runs callers' listeners, in the order
 * libjitsi reported the events, so that no listener ever runs on a libjitsi media thread and a slow
 * listener cannot stall RTP. The thread is started on demand and ends after 10 s idle, so an
 * instance needs no closing; {@link #close} only drops what is still queued.
 *
 * <p>Thread-safe. A listener that throws is logged and does not stop the thread.
 */
public final class CallbackThread implements Executor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackThread.class);

  /** The name of the thread listeners run on. */
  public static final String NAME = "switchboard-audio-events";

  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          10,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, NAME);
            t.setDaemon(true);
            return t;
          });

  public CallbackThread() {
    executor.allowCoreThreadTimeOut(true);
  }

  /** Queues {@code listener}; does nothing once closed. Never blocks, never throws. */
  @Override
  public void execute(Runnable listener) {
    try {
      executor.execute(() -> runSafely(listener));
    } catch (RejectedExecutionException e) {
      LOG.debug("audio event dropped: callbacks are closed");
    }
  }

  private static void runSafely(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.warn("an audio event listener failed", e);
    }
  }

  /** Drops queued events; the running one, if any, finishes on its own. Idempotent. */
  @Override
  public void close() {
    executor.shutdown();
    executor.getQueue().clear();
  }
}
