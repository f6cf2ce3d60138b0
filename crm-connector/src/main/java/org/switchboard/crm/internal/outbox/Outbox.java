package org.switchboard.crm.internal.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.core.journal.JournalStorageException;

/**
 * The outbox's state and its delivery step. The in-memory map mirrors the files; every change is
 * written to disk before it is visible. The writer is called outside the lock, so {@link #log}
 * never waits for a CRM.
 */
public final class Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  private static final Comparator<StoredEntry> ORDER =
      Comparator.comparing((StoredEntry e) -> e.state() == JournalEntry.State.FAILED)
          .thenComparing(StoredEntry::loggedAt)
          .thenComparing(e -> e.record().key());

  private final EntryFiles files;
  private final CallLogWriter writer;
  private final Clock clock;
  private final Backoff backoff;
  private final Map<String, StoredEntry> entries = new HashMap<>();
  private final List<Consumer<List<JournalEntry>>> listeners = new CopyOnWriteArrayList<>();
  private long versions;

  Outbox(EntryFiles files, CallLogWriter writer, Clock clock, Backoff backoff) throws IOException {
    this.files = files;
    this.writer = writer;
    this.clock = clock;
    this.backoff = backoff;
    for (StoredEntry entry : files.loadAll()) {
      entries.put(entry.record().key(), entry);
      versions = Math.max(versions, entry.version());
    }
  }

  public static Outbox open(
      java.nio.file.Path dir,
      CallLogWriter writer,
      Clock clock,
      Duration firstRetry,
      Duration maxRetry,
      java.util.random.RandomGenerator random)
      throws IOException {
    return new Outbox(
        new EntryFiles(dir), writer, clock, new Backoff(firstRetry, maxRetry, random));
  }

  public void log(CallRecord record) throws JournalStorageException {
    synchronized (this) {
      StoredEntry previous = entries.get(record.key());
      Instant loggedAt = previous == null ? clock.instant() : previous.loggedAt();
      StoredEntry entry =
          new StoredEntry(
              record, JournalEntry.State.PENDING, 0, clock.instant(), null, loggedAt, ++versions);
      store(entry);
    }
    changed();
  }

  public synchronized List<JournalEntry> undelivered() {
    return entries.values().stream().sorted(ORDER).map(StoredEntry::view).toList();
  }

  public Subscription onChange(Consumer<List<JournalEntry>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void retryNow(String key) {
    synchronized (this) {
      StoredEntry entry = entries.get(key);
      if (entry == null || !storeQuietly(entry.dueAt(clock.instant()))) {
        return;
      }
    }
    changed();
  }

  public void discard(String key) {
    synchronized (this) {
      StoredEntry entry = entries.get(key);
      if (entry == null || entry.state() != JournalEntry.State.FAILED) {
        return;
      }
      try {
        files.delete(key);
        entries.remove(key);
      } catch (IOException e) {
        LOG.warn("cannot discard outbox entry: {}", e.toString());
        return;
      }
    }
    changed();
  }

  /** When the next pending entry is due, or null when nothing is pending. */
  public synchronized @Nullable Instant nextDue() {
    return entries.values().stream()
        .filter(e -> e.state() == JournalEntry.State.PENDING && e.nextAttempt() != null)
        .map(StoredEntry::nextAttempt)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** Delivers every entry due now, oldest first; returns how many were delivered. */
  public int deliverDue() {
    int delivered = 0;
    for (StoredEntry entry : due()) {
      if (deliver(entry)) {
        delivered++;
      }
    }
    return delivered;
  }

  private synchronized List<StoredEntry> due() {
    Instant now = clock.instant();
    return entries.values().stream()
        .filter(e -> e.state() == JournalEntry.State.PENDING)
        .filter(e -> e.nextAttempt() == null || !e.nextAttempt().isAfter(now))
        .sorted(ORDER)
        .toList();
  }

  private boolean deliver(StoredEntry entry) {
    CallLogException failure = null;
    try {
      writer.write(entry.record());
    } catch (CallLogException e) {
      failure = e;
    } catch (RuntimeException bug) {
      failure =
          new CallLogException(
              true, writer.name() + " failed (" + bug.getClass().getSimpleName() + ")", null, bug);
    }
    synchronized (this) {
      StoredEntry current = entries.get(entry.record().key());
      if (current == null || current.version() != entry.version()) {
        return failure == null; // logged again meanwhile: the newer version is still pending
      }
      if (failure == null) {
        try {
          files.delete(entry.record().key());
          entries.remove(entry.record().key());
        } catch (IOException e) {
          LOG.warn("delivered, but cannot remove the outbox entry: {}", e.toString());
        }
      } else {
        storeQuietly(next(entry, failure));
      }
    }
    changed();
    return failure == null;
  }

  private StoredEntry next(StoredEntry entry, CallLogException failure) {
    String error = String.valueOf(failure.getMessage());
    if (!failure.isRetryable()) {
      LOG.warn("{} refused a call record; parked as failed: {}", writer.name(), error);
      return entry.parked(error);
    }
    Duration wait = backoff.after(entry.attempts() + 1, failure.retryAfter());
    LOG.info("{} unavailable ({}); retrying in {} s", writer.name(), error, wait.toSeconds());
    return entry.failedAttempt(error, clock.instant().plus(wait));
  }

  private void store(StoredEntry entry) throws JournalStorageException {
    try {
      files.write(entry);
      entries.put(entry.record().key(), entry);
    } catch (IOException e) {
      throw new JournalStorageException(
          "cannot write the call-log outbox in " + files.dir() + ": " + e.getMessage(), e);
    }
  }

  private boolean storeQuietly(StoredEntry entry) {
    try {
      store(entry);
      return true;
    } catch (JournalStorageException e) {
      LOG.warn("{}", e.getMessage());
      return false;
    }
  }

  private void changed() {
    List<JournalEntry> now = undelivered();
    for (Consumer<List<JournalEntry>> listener : listeners) {
      try {
        listener.accept(now);
      } catch (RuntimeException e) {
        LOG.warn("an outbox listener failed: {}", e.toString());
      }
    }
  }
}
