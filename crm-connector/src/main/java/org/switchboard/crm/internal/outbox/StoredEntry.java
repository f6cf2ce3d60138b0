package org.switchboard.crm.internal.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/**
 * An outbox entry as stored on disk.
 *
 * @param loggedAt when the agent logged it (orders the list)
 * @param version bumped each time the agent logs the same key again, so a delivery of an older
 *     version never deletes a newer one
 */
record StoredEntry(
    CallRecord record,
    JournalEntry.State state,
    int attempts,
    @Nullable Instant nextAttempt,
    @Nullable String lastError,
    Instant loggedAt,
    long version) {

  JournalEntry view() {
    return new JournalEntry(record, state, attempts, nextAttempt, lastError);
  }

  StoredEntry failedAttempt(String error, Instant retryAt) {
    return new StoredEntry(
        record, JournalEntry.State.PENDING, attempts + 1, retryAt, error, loggedAt, version);
  }

  StoredEntry parked(String error) {
    return new StoredEntry(
        record, JournalEntry.State.FAILED, attempts + 1, null, error, loggedAt, version);
  }

  StoredEntry dueAt(Instant when) {
    return new StoredEntry(
        record, JournalEntry.State.PENDING, attempts, when, lastError, loggedAt, version);
  }
}
