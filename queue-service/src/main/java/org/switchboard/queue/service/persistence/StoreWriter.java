package org.switchboard.queue.service.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.CentreListener;
import org.switchboard.queue.service.store.AgentStates;
import org.switchboard.queue.service.store.CallbackRequests;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.Offers;

/**
 * Records the centre in the store: every raw timestamp of every interaction and leg, holds, notes,
 * wrap-ups, offers and their outcomes, callback requests and every agent state change.
 *
 * <p><b>Threads.</b> {@link #onEvent} is called on the centre's thread and only puts the event in a
 * bounded queue (it never blocks and never throws). One daemon thread, {@code queue-store}, turns
 * the events into store writes, in order, one at a time; {@link #submit} runs other store work (the
 * {@link Heartbeat}'s) on that thread too. {@link #flush} and {@link #close} may be called from any
 * thread.
 *
 * <p><b>When the database is down or slow</b> the centre goes on regardless: the writer retries the
 * write that failed, and only it, with a doubling backoff, until the database answers; the events
 * behind it wait in the queue, so nothing is lost and the order stays. A write that fails for
 * another reason (the database refused it) is retried {@link WriterSettings#attemptsOnError} times
 * and then skipped with an error in the log, so that one bad write cannot stop the rest.
 *
 * <p><b>What is dropped.</b> The queue holds {@link WriterSettings#capacity} events; when it is
 * full (a long outage under load) each new event is dropped and an error is logged (the first and
 * every 1000th), counted by {@link #dropped()}. Because the centre sends whole snapshots, a dropped
 * change of an interaction or agent is written with the next event about it (only the timestamps of
 * changes that are no longer in the snapshot, none today, would be lost); a dropped offer event
 * loses that offer's row or outcome for good. Events still queued when {@link #close} gives up
 * waiting are lost too, and logged.
 */
public final class StoreWriter implements CentreListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);
  private static final long POLL_MILLIS = 50;

  private final EventPlanner planner;
  private final Clock clock;
  private final WriterSettings settings;
  private final BlockingQueue<Job> queue;
  private final Thread thread;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final Object progress = new Object();
  private long done; // guarded by progress
  private volatile boolean closed;
  private volatile boolean stopping;

  /** An event with when it happened, or another write. */
  private record Job(Instant at, @Nullable CentreEvent event, @Nullable StoreWrite write) {}

  private StoreWriter(Database database, Clock clock, WriterSettings settings) {
    Interactions interactions = new Interactions(database);
    this.planner =
        new EventPlanner(
            new InteractionDiff(interactions, new CallbackRequests(database)),
            new Offers(database),
            new AgentStates(database));
    this.clock = clock;
    this.settings = settings;
    this.queue = new ArrayBlockingQueue<>(settings.capacity());
    this.thread = new Thread(this::run, "queue-store");
    thread.setDaemon(true);
  }

  /**
   * Starts the writer's thread. Subscribe it with {@code centre.addListener(writer)}.
   *
   * @param clock the centre's clock: an event's time is read from it when the event arrives (on the
   *     centre's thread, right after the change), for the outcomes of offers
   */
  public static StoreWriter start(Database database, Clock clock, WriterSettings settings) {
    StoreWriter writer = new StoreWriter(database, clock, settings);
    writer.thread.start();
    return writer;
  }

  /** Queues the event for the store. Called on the centre's thread; never blocks. */
  @Override
  public void onEvent(CentreEvent event) {
    enqueue(new Job(clock.instant(), event, null));
  }

  /**
   * Runs {@code write} on the writer's thread after everything queued before it, retried like the
   * centre's writes. Any thread.
   *
   * @return false when it was not queued (the queue is full or the writer closed)
   */
  public boolean submit(String what, Runnable write) {
    return enqueue(new Job(clock.instant(), null, new StoreWrite(what, write)));
  }

  private boolean enqueue(Job job) {
    if (!closed && queue.offer(job)) {
      accepted.incrementAndGet();
      return true;
    }
    long lost = dropped.incrementAndGet();
    if (lost == 1 || lost % 1000 == 0) {
      log.error(
          "STORE WRITES LOST: {} events dropped so far ({}; {} queued); the store is behind the"
              + " centre",
          lost,
          closed ? "the writer is closed" : "the queue is full",
          queue.size());
    }
    return false;
  }

  /**
   * Waits until everything queued before this call is written (or skipped), at most {@code
   * timeout}. Any thread but the writer's.
   *
   * @return whether it all was; false on timeout or interrupt
   */
  public boolean flush(Duration timeout) {
    long target = accepted.get();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (done < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  /** Events and writes dropped because the queue was full or the writer closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Store writes done so far (each a transaction). */
  public long writes() {
    return writes.get();
  }

  /** Failed attempts so far (each retry of a write that failed again counts). */
  public long failedAttempts() {
    return failedAttempts.get();
  }

  /** Writes given up after {@link WriterSettings#attemptsOnError} refusals. */
  public long skipped() {
    return skipped.get();
  }

  /** Events and writes waiting for the store now. */
  public int backlog() {
    return queue.size();
  }

  /** {@link #close(Duration)} waiting at most 10 seconds. */
  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  /**
   * Takes no more events, waits up to {@code bound} for the queue to be written, then stops the
   * thread; what is still queued then is lost, and logged. Any thread; idempotent.
   *
   * @return whether everything was written
   */
  public boolean close(Duration bound) {
    boolean flushed = flush(bound);
    closed = true;
    // The thread is told to stop rather than interrupted: an interrupt in the middle of a JDBC
    // call can close an embedded database's file under it.
    stopping = true;
    try {
      thread.join(Duration.ofSeconds(15).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!flushed) {
      long written;
      synchronized (progress) {
        written = done;
      }
      log.error(
          "STORE WRITES LOST: the writer stopped with {} events not written",
          accepted.get() - written);
    }
    return flushed;
  }

  private void run() {
    try {
      while (!stopping) {
        Job job = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (job == null) {
          continue;
        }
        for (StoreWrite write : plan(job)) {
          if (!perform(write)) {
            return;
          }
        }
        synchronized (progress) {
          done++;
          progress.notifyAll();
        }
      }
    } catch (InterruptedException e) {
      log.warn("store writer interrupted; it stops");
    } finally {
      log.debug("store writer stopped");
    }
  }

  private List<StoreWrite> plan(Job job) {
    if (job.write() != null) {
      return List.of(job.write());
    }
    try {
      return planner.plan(java.util.Objects.requireNonNull(job.event()), job.at());
    } catch (RuntimeException e) {
      log.error("cannot turn {} into store writes; skipped", job.event(), e);
      skipped.incrementAndGet();
      return List.of();
    }
  }

  /**
   * Runs {@code write} until it succeeds, or until it was refused often enough to skip it.
   *
   * @return false when the writer is stopping before the write could be done
   */
  private boolean perform(StoreWrite write) throws InterruptedException {
    long backoff = settings.firstBackoff().toMillis();
    int refusals = 0;
    boolean outage = false;
    while (true) {
      try {
        write.action().run();
        writes.incrementAndGet();
        if (outage) {
          log.warn("the store is reachable again; writing the {} events queued", queue.size());
        }
        return true;
      } catch (RuntimeException e) {
        failedAttempts.incrementAndGet();
        if (Failures.unreachable(e)) {
          if (!outage) {
            log.error("the store is unreachable; the centre goes on, its events queue up", e);
          }
          outage = true;
        } else if (++refusals >= settings.attemptsOnError()) {
          skipped.incrementAndGet();
          log.error("the store refused the {} {} times; skipped", write.what(), refusals, e);
          return true;
        } else {
          log.warn("the store refused the {}; trying again", write.what(), e);
        }
      }
      if (!pause(backoff)) {
        return false;
      }
      backoff = Math.min(Math.max(1, backoff * 2), settings.maxBackoff().toMillis());
    }
  }

  /** Sleeps {@code millis}, in steps, unless the writer is stopping; false when it is. */
  private boolean pause(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!stopping) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return true;
      }
      Thread.sleep(Math.min(left, POLL_MILLIS));
    }
    return false;
  }
}
