package org.switchboard.queue.service.timing;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timers on a shared scheduler whose tasks are handed to the owner's serial executor when due, so
 * they run on the owner's thread. Cancelling after the hand-over still stops the task.
 */
public final class ExecutorTimers implements Timers {
  private final ScheduledExecutorService scheduler;
  private final Executor owner;

  /**
   * @param scheduler where delays are counted (any thread)
   * @param owner the serial executor whose thread runs the tasks
   */
  public ExecutorTimers(ScheduledExecutorService scheduler, Executor owner) {
    this.scheduler = scheduler;
    this.owner = owner;
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    AtomicBoolean cancelled = new AtomicBoolean();
    ScheduledFuture<?> due =
        scheduler.schedule(
            () ->
                owner.execute(
                    () -> {
                      if (!cancelled.get()) {
                        task.run();
                      }
                    }),
            Math.max(0, delay.toNanos()),
            TimeUnit.NANOSECONDS);
    return () -> {
      cancelled.set(true);
      due.cancel(false);
    };
  }
}
