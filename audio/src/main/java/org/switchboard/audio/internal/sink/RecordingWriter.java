package org.switchboard.audio.internal.sink;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a call's received audio off libjitsi's RTP receive thread: {@link #accept} only queues, and
 * one {@code switchboard-recorder-<call>} daemon thread writes to the {@link RecordingFile}, so a
 * slow disk delays the file, never the call. The queue holds 10 s of 20 ms packets; past that,
 * packets are dropped and counted rather than blocking RTP.
 *
 * <p>Thread-safe: {@code accept} on the RTP receive thread, {@code close} on the sip-events thread.
 */
public final class RecordingWriter implements ReceivedSamples, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RecordingWriter.class);
  private static final int QUEUED_PACKETS = 500;

  private final RecordingFile recorder;
  private final Duration drainTimeout;
  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor thread;

  /**
   * Writes to {@code recorder}; {@link #close} waits at most {@code drainTimeout} for the queue.
   */
  public RecordingWriter(RecordingFile recorder, String callName, Duration drainTimeout) {
    this.recorder = recorder;
    this.drainTimeout = drainTimeout;
    this.thread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_PACKETS),
            r -> {
              Thread t = new Thread(r, "switchboard-recorder-" + callName);
              t.setDaemon(true);
              return t;
            },
            (r, executor) -> dropped.incrementAndGet());
  }

  @Override
  public void accept(short[] samples, long arrivalNanos) {
    try {
      thread.execute(() -> recorder.write(samples, samples.length, arrivalNanos));
    } catch (RejectedExecutionException e) {
      dropped.incrementAndGet();
    }
  }

  /** Packets dropped because the writer fell 10 s behind (or arrived after close). */
  public long dropped() {
    return dropped.get();
  }

  /**
   * Writes what is queued (waiting at most the drain timeout), then finalises the WAV header.
   * Idempotent; never throws.
   */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("recording to {} did not drain within {}", recorder.path(), drainTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    recorder.close();
    long lost = dropped.get();
    if (lost > 0) {
      LOG.warn("recording to {} dropped {} packets", recorder.path(), lost);
    }
  }
}
