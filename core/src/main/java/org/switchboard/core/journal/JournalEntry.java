package org.switchboard.core.journal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call record waiting in (or stuck in) the outbox, as the UI shows it.
 *
 * @param lastError why the last attempt failed, safe to show; null before the first attempt
 * @param nextAttempt when delivery is tried again; null for failed entries
 */
public record JournalEntry(
    CallRecord record,
    JournalEntry.State state,
    int attempts,
    @Nullable Instant nextAttempt,
    @Nullable String lastError) {

  /** Where the entry is. */
  public enum State {
    /** Will be delivered (again). */
    PENDING,
    /** The CRM refused it for a reason retrying will not fix; the agent may retry or discard. */
    FAILED
  }

  public JournalEntry {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(state, "state");
  }
}
