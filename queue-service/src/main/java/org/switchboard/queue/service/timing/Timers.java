package org.switchboard.queue.service.timing;

import java.time.Duration;

/** Runs tasks later, on the thread of whoever owns the timers. */
public interface Timers {
  /**
   * Runs {@code task} once after {@code delay}, on the owner's thread.
   *
   * @return a handle that cancels the task if it has not run yet
   */
  Timer schedule(Duration delay, Runnable task);

  /** A scheduled task. */
  interface Timer {
    /** Cancels the task; does nothing when it already ran or was cancelled. */
    void cancel();
  }
}
