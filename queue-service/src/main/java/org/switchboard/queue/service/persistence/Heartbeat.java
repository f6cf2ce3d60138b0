package org.switchboard.queue.service.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.store.ServiceRuns;
import org.switchboard.queue.service.timing.Timers;

/**
 * Keeps this run of the service alive in the store ({@link ServiceRuns#heartbeat} every {@code
 * every}), so that after a crash the next start knows when it was last alive, and marks the run
 * stopped on a clean shutdown, after the writer has written everything.
 *
 * <p><b>Threads.</b> The beats are written on the {@link StoreWriter}'s thread, behind the centre's
 * events (a beat while the database is down waits with them; beats do not pile up: one waits at
 * most). The {@code timers} decide when to beat and run the tick on their owner's thread, which
 * only queues the write. {@link #stopCleanly} may be called from any thread but the writer's.
 */
public final class Heartbeat {
  private final StoreWriter writer;
  private final ServiceRuns runs;
  private final long runId;
  private final Clock clock;
  private final Timers timers;
  private final Duration every;
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile boolean stopped;
  private volatile Timers.@Nullable Timer next;

  private Heartbeat(
      StoreWriter writer,
      ServiceRuns runs,
      long runId,
      Clock clock,
      Timers timers,
      Duration every) {
    this.writer = writer;
    this.runs = runs;
    this.runId = runId;
    this.clock = clock;
    this.timers = timers;
    this.every = every;
  }

  /**
   * Beats every {@code every}, starting one period from now.
   *
   * @param runId this run, from {@code Recovery.start}
   */
  public static Heartbeat start(
      StoreWriter writer,
      ServiceRuns runs,
      long runId,
      Clock clock,
      Timers timers,
      Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the heartbeat period must be positive, not " + every);
    }
    Heartbeat heartbeat = new Heartbeat(writer, runs, runId, clock, timers, every);
    heartbeat.schedule();
    return heartbeat;
  }

  private void schedule() {
    if (!stopped) {
      next = timers.schedule(every, this::tick);
    }
  }

  /** On the timers' thread: queues a beat unless one is still waiting, and schedules the next. */
  private void tick() {
    if (stopped) {
      return;
    }
    if (pending.compareAndSet(false, true)) {
      boolean queued =
          writer.submit(
              "heartbeat of run " + runId,
              () -> {
                runs.heartbeat(runId, clock.instant());
                pending.set(false);
              });
      if (!queued) {
        pending.set(false);
      }
    }
    schedule();
  }

  /** Stops beating, without marking the run stopped (as a crash would leave it). */
  public void stop() {
    stopped = true;
    Timers.Timer timer = next;
    if (timer != null) {
      timer.cancel();
    }
  }

  /**
   * A clean shutdown: stops beating, waits (at most {@code bound}) for the writer to write
   * everything queued, then records the run as stopped cleanly and waits for that too. Call it once
   * the centre takes no more commands. When the store could not be brought up to date the run is
   * left unmarked, so the next start treats it as a crash and closes what is open.
   *
   * @return whether the run was marked stopped cleanly
   */
  public boolean stopCleanly(Duration bound) {
    stop();
    if (!writer.flush(bound)) {
      return false;
    }
    boolean queued =
        writer.submit("clean stop of run " + runId, () -> runs.stopCleanly(runId, clock.instant()));
    return queued && writer.flush(bound);
  }
}
