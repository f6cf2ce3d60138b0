package org.switchboard.app.wrapup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.core.journal.JournalStorageException;

/** A journal that keeps what is logged, or refuses with {@link #failWith}. */
final class RecordingJournal implements CallJournal {
  final List<CallRecord> logged = new CopyOnWriteArrayList<>();
  volatile @Nullable String failWith;

  @Override
  public void log(CallRecord record) throws JournalStorageException {
    String failure = failWith;
    if (failure != null) {
      throw new JournalStorageException(failure, new java.io.IOException(failure));
    }
    logged.add(record);
  }

  @Override
  public List<JournalEntry> undelivered() {
    return List.of();
  }

  @Override
  public Subscription onChange(Consumer<List<JournalEntry>> listener) {
    return () -> {};
  }

  @Override
  public void retryNow(String key) {}

  @Override
  public void discard(String key) {}
}
