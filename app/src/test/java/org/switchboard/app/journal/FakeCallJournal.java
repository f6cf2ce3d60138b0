package org.switchboard.app.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/**
 * A call journal the test drives: it holds a list of undelivered entries, tells listeners when the
 * test changes it (as the delivery thread would), and records retry and discard requests.
 */
public final class FakeCallJournal implements CallJournal {
  private final List<Consumer<List<JournalEntry>>> listeners = new CopyOnWriteArrayList<>();
  private volatile List<JournalEntry> entries = List.of();
  public final List<String> retried = new CopyOnWriteArrayList<>();
  public final List<String> discarded = new CopyOnWriteArrayList<>();
  public final List<CallRecord> logged = new ArrayList<>();

  /** Runs inside {@link #undelivered()} after the list was read: a change racing the read. */
  public volatile Runnable duringRead = () -> {};

  public FakeCallJournal(List<JournalEntry> initial) {
    entries = List.copyOf(initial);
  }

  /** Replaces the undelivered entries and notifies every listener. */
  public void change(List<JournalEntry> now) {
    entries = List.copyOf(now);
    listeners.forEach(l -> l.accept(entries));
  }

  /** How many listeners are subscribed. */
  public int listenerCount() {
    return listeners.size();
  }

  @Override
  public synchronized void log(CallRecord record) {
    logged.add(record);
  }

  @Override
  public List<JournalEntry> undelivered() {
    List<JournalEntry> read = entries;
    duringRead.run();
    return read;
  }

  @Override
  public Subscription onChange(Consumer<List<JournalEntry>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void retryNow(String key) {
    retried.add(key);
  }

  @Override
  public void discard(String key) {
    discarded.add(key);
  }
}
