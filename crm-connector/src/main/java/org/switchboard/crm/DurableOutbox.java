package org.switchboard.crm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.switchboard.core.Subscription;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.core.journal.JournalStorageException;
import org.switchboard.crm.internal.outbox.Outbox;

/**
 * The call journal the desktop writes wrap-ups to: {@link #log} returns once the record is on disk
 * (one file per record, written atomically); the {@code crm-outbox} thread delivers it to the CRM,
 * retrying outages with jittered backoff from 5 s to 10 min and never earlier than a Retry-After.
 * Records survive restarts and crashes; refusals the CRM will not change its mind about are parked
 * as failed for the agent to retry or discard. Listeners run on the thread that made the change
 * (the delivery thread, or the caller of log/retryNow/discard) and must return quickly.
 */
public final class DurableOutbox implements CallJournal, AutoCloseable {
  /** The first retry waits about this long. */
  public static final Duration FIRST_RETRY = Duration.ofSeconds(5);

  /** Retries are never further apart than this. */
  public static final Duration MAX_RETRY = Duration.ofMinutes(10);

  private static final Duration IDLE_CHECK = Duration.ofSeconds(30);

  private final Outbox outbox;
  private final Clock clock;
  private final Object wakeUp = new Object();
  private final Thread thread;
  private volatile boolean closed;
  private boolean woken; // guarded by wakeUp: a wake-up that came while delivering

  private DurableOutbox(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
    this.thread = new Thread(this::run, "crm-outbox");
    this.thread.setDaemon(true);
  }

  /**
   * Opens (or creates) the outbox in {@code dir} and starts delivering to {@code writer}.
   *
   * @throws JournalStorageException naming the directory when it cannot be used
   */
  public static DurableOutbox open(Path dir, CallLogWriter writer, Clock clock)
      throws JournalStorageException {
    DurableOutbox opened =
        new DurableOutbox(load(dir, writer, clock, RandomGenerator.getDefault()), clock);
    opened.thread.start();
    return opened;
  }

  /**
   * Opens the outbox without a delivery thread: the caller delivers with {@link #deliverDue()}. For
   * tests (with an injected clock and random source) and command-line tools.
   */
  public static DurableOutbox openWithoutDeliveryThread(
      Path dir, CallLogWriter writer, Clock clock, RandomGenerator random)
      throws JournalStorageException {
    return new DurableOutbox(load(dir, writer, clock, random), clock);
  }

  private static Outbox load(Path dir, CallLogWriter writer, Clock clock, RandomGenerator random)
      throws JournalStorageException {
    try {
      return Outbox.open(dir, writer, clock, FIRST_RETRY, MAX_RETRY, random);
    } catch (IOException e) {
      throw new JournalStorageException(
          "cannot open the call-log outbox in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void log(CallRecord record) throws JournalStorageException {
    outbox.log(record);
    wake();
  }

  @Override
  public List<JournalEntry> undelivered() {
    return outbox.undelivered();
  }

  @Override
  public Subscription onChange(Consumer<List<JournalEntry>> listener) {
    return outbox.onChange(listener);
  }

  @Override
  public void retryNow(String key) {
    outbox.retryNow(key);
    wake();
  }

  @Override
  public void discard(String key) {
    outbox.discard(key);
  }

  /** Delivers every entry due now; returns how many reached the CRM. */
  public int deliverDue() {
    return outbox.deliverDue();
  }

  /** Stops the delivery thread (waiting at most 2 s for a delivery in progress). */
  @Override
  public void close() {
    closed = true;
    wake();
    if (thread.isAlive() && Thread.currentThread() != thread) {
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void wake() {
    synchronized (wakeUp) {
      woken = true;
      wakeUp.notifyAll();
    }
  }

  private void run() {
    while (!closed) {
      outbox.deliverDue();
      Instant due = outbox.nextDue();
      long waitMillis = IDLE_CHECK.toMillis();
      if (due != null) {
        waitMillis =
            Math.max(1, Math.min(waitMillis, Duration.between(clock.instant(), due).toMillis()));
      }
      synchronized (wakeUp) {
        if (closed) {
          return;
        }
        if (woken) {
          woken = false;
          continue;
        }
        try {
          wakeUp.wait(waitMillis);
          woken = false;
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
