package org.switchboard.sip.internal.loop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sip-events} thread: one daemon thread that runs every piece of SIP state handling, one
 * task at a time, and also fires the timers (refresh, retries, time bounds). A task that throws is
 * logged and the thread carries on. Every method may be called from any thread.
 */
public final class EventLoop implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

  private final ScheduledThreadPoolExecutor executor;
  private volatile @Nullable Thread thread;

  public EventLoop(String threadName) {
    executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread t = new Thread(runnable, threadName);
              t.setDaemon(true);
              thread = t;
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Runs {@code task} on the loop; silently dropped once the loop has shut down. */
  @Override
  public void execute(Runnable task) {
    try {
      executor.execute(() -> runGuarded(task));
    } catch (RejectedExecutionException e) {
      LOG.debug("sip-events has stopped; a task was dropped");
    }
  }

  /**
   * Runs {@code work} on the loop and completes the returned future there with its result, or
   * exceptionally with whatever it threw.
   */
  public <T> CompletableFuture<T> submit(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      executor.execute(
          () -> {
            try {
              result.complete(work.get());
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new IllegalStateException("the SIP user agent is closed", e));
    }
    return result;
  }

  /** Like {@link #submit} for work that itself returns a future completed on the loop. */
  public <T> CompletableFuture<T> submitAsync(Supplier<CompletableFuture<T>> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      executor.execute(() -> relay(work, result));
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new IllegalStateException("the SIP user agent is closed", e));
    }
    return result;
  }

  private static <T> void relay(Supplier<CompletableFuture<T>> work, CompletableFuture<T> result) {
    try {
      CompletableFuture<T> inner = work.get();
      var unused =
          inner.whenComplete(
              (value, error) -> {
                if (error != null) {
                  result.completeExceptionally(error);
                } else {
                  result.complete(value);
                }
              });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /** Runs {@code task} on the loop after {@code delay}; the handle cancels it. */
  public Timer schedule(Runnable task, Duration delay) {
    try {
      ScheduledFuture<?> future =
          executor.schedule(() -> runGuarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
      return () -> future.cancel(false);
    } catch (RejectedExecutionException e) {
      return () -> {};
    }
  }

  /** Whether the caller is the loop's own thread. */
  public boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /** Stops accepting work and lets queued tasks finish, waiting at most {@code bound}. */
  public void shutdown(Duration bound) {
    executor.shutdown();
    if (inLoop()) {
      return;
    }
    try {
      if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static void runGuarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException | LinkageError | AssertionError e) {
      LOG.error("A task on sip-events failed; the thread carries on", e);
    }
  }

  /** A scheduled task that can be cancelled. */
  @FunctionalInterface
  public interface Timer {
    /** Cancels the task if it has not run yet. Idempotent. */
    void cancel();
  }
}
