package org.switchboard.core.journal;

import java.util.List;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;

/**
 * Where wrap-up sends its call records. {@link #log} returns once the record is safe on disk;
 * delivery to the CRM happens in the background and survives restarts and outages.
 */
public interface CallJournal {

  /**
   * Stores {@code record} durably for delivery. Logging a record whose key is already stored
   * replaces the stored one (the agent edited the wrap-up) and never creates a second CRM record.
   *
   * @throws JournalStorageException when the record could not be written to disk
   */
  void log(CallRecord record) throws JournalStorageException;

  /** Entries not yet delivered, pending first, oldest first. */
  List<JournalEntry> undelivered();

  /**
   * Calls {@code listener} whenever {@link #undelivered()} changes, on the thread that changed it
   * (the delivery thread, or the caller of log/retryNow/discard); it must return quickly.
   */
  Subscription onChange(Consumer<List<JournalEntry>> listener);

  /** Tries a pending or failed entry again now. Unknown keys are ignored. */
  void retryNow(String key);

  /** Drops a failed entry on the agent's request. Unknown or pending keys are ignored. */
  void discard(String key);
}
