package org.switchboard.audio.internal.routing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.MediaException;

/**
 * Follows hot-plugging by listing the devices every {@code period} on its own thread ({@code
 * switchboard-audio-devices}) and reporting only changes. libjitsi's PulseAudio binding has no
 * subscription call, so a re-list (one server round trip, well under a millisecond of CPU) is the
 * way to notice; see ADR 24. When the server stops answering, the list is empty until it answers
 * again. The same thread runs routing's re-routes after a broken stream.
 *
 * <p>Thread-safe. {@code onChange} runs on the watch thread, one call at a time.
 */
public final class DeviceWatch implements Executor, AutoCloseable {
  /** The watch thread's name. */
  public static final String THREAD = "switchboard-audio-devices";

  private static final Logger LOG = LoggerFactory.getLogger(DeviceWatch.class);

  private final AudioBackend backend;
  private final Duration period;
  private final ScheduledExecutorService thread;
  private Consumer<DeviceSnapshot> onChange = snapshot -> {}; // set once by start
  private DeviceSnapshot last = DeviceSnapshot.EMPTY; // watch thread
  private boolean serverLost; // watch thread

  /** A watch that does nothing until {@link #start}; its thread can take tasks already. */
  public DeviceWatch(AudioBackend backend, Duration period) {
    this.backend = backend;
    this.period = period;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, THREAD);
              t.setDaemon(true);
              return t;
            });
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.thread = executor;
  }

  /**
   * Lists the devices once (before returning, so callers see them at once), then every {@code
   * period}, handing each change to {@code onChange}. Call once.
   */
  public void start(Consumer<DeviceSnapshot> onChange) {
    this.onChange = onChange;
    try {
      thread.submit(this::poll).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("the first device listing failed: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.scheduleWithFixedDelay(
        this::poll, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    DeviceSnapshot now;
    try {
      now = backend.devices();
      if (serverLost) {
        LOG.info("the sound server answers again");
        serverLost = false;
      }
    } catch (MediaException e) {
      if (!serverLost) {
        LOG.warn("cannot list audio devices: {}; treating all as gone", e.getMessage());
        serverLost = true;
      }
      now = DeviceSnapshot.EMPTY;
    }
    if (!now.equals(last)) {
      last = now;
      try {
        onChange.accept(now);
      } catch (RuntimeException e) {
        LOG.warn("handling a device change failed", e);
      }
    }
  }

  /** Runs {@code task} on the watch thread; dropped once closed. */
  @Override
  public void execute(Runnable task) {
    try {
      thread.execute(task);
    } catch (RejectedExecutionException e) {
      LOG.debug("device watch closed; task dropped");
    }
  }

  /** Stops watching. Idempotent. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
