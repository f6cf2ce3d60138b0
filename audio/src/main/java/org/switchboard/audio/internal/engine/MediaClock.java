package org.switchboard.audio.internal.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread, {@code switchboard-media-clock}, that paces every call: every 20 ms it runs each
 * registered {@link Ticking} once, in registration order. One thread for all calls keeps the
 * engine's cost per call to the work itself (no thread switches per packet).
 *
 * <p>It sleeps to absolute deadlines, so the period does not drift. After a stall (a long GC pause)
 * it runs at most {@link #MAX_CATCH_UP} missed ticks back to back and then starts afresh from now:
 * a few late packets are better than a burst. A participant that throws is logged and stays
 * registered; the thread never dies of it. The thread starts with the first participant and ends
 * when the clock is closed.
 */
public final class MediaClock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MediaClock.class);

  /** The name of the clock thread. */
  public static final String THREAD_NAME = "switchboard-media-clock";

  /** The period: one 20 ms frame. */
  public static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  static final int MAX_CATCH_UP = 3;

  /** Something the clock runs every 20 ms. */
  @FunctionalInterface
  public interface Ticking {
    /** Runs one 20 ms step on the clock thread; must not block. */
    void tick();
  }

  private final String threadName;
  private final CopyOnWriteArrayList<Ticking> participants = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;
  private @Nullable Thread thread;

  /** The engine's clock, on a thread called {@value #THREAD_NAME}. */
  public MediaClock() {
    this(THREAD_NAME);
  }

  /** A clock on a thread called {@code threadName} (e.g. the tone player's own). */
  public MediaClock(String threadName) {
    this.threadName = threadName;
  }

  /** Adds {@code participant}; it runs from the next tick on. */
  public synchronized void add(Ticking participant) {
    if (closed) {
      throw new IllegalStateException("the media clock is closed");
    }
    participants.add(participant);
    if (thread == null) {
      Thread t = new Thread(this::run, threadName);
      t.setDaemon(true);
      t.setPriority(Thread.MAX_PRIORITY);
      thread = t;
      t.start();
    }
  }

  /** Removes {@code participant}; a tick in progress may still finish running it. */
  public void remove(Ticking participant) {
    participants.remove(participant);
  }

  /**
   * Runs {@code task} on the clock thread before the next tick (or on the closing thread when the
   * clock closes first). Sessions hand every change of clock-thread state over this way, so the
   * clock thread never sees a half-made change and needs no locks.
   */
  public void later(Runnable task) {
    tasks.add(task);
    if (closed) {
      runTasks();
    }
  }

  private void runTasks() {
    for (Runnable task; (task = tasks.poll()) != null; ) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("a media change failed", e);
      }
    }
  }

  /** How many participants are registered (for tests and diagnostics). */
  public int size() {
    return participants.size();
  }

  private void run() {
    long deadline = System.nanoTime() + PERIOD_NANOS;
    while (!closed) {
      long wait = deadline - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(this, wait);
        continue;
      }
      if (-wait > MAX_CATCH_UP * PERIOD_NANOS) {
        LOG.debug("media clock stalled {} ms; resynchronising", -wait / 1_000_000);
        deadline = System.nanoTime();
      }
      runTasks();
      tickAll();
      deadline += PERIOD_NANOS;
    }
    runTasks();
  }

  private void tickAll() {
    for (Ticking participant : participants) {
      try {
        participant.tick();
      } catch (RuntimeException e) {
        LOG.warn("a call's media step failed; it goes on with the next frame", e);
      }
    }
  }

  /** Stops the thread after its current tick. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    participants.clear();
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    } else {
      runTasks();
    }
  }
}
