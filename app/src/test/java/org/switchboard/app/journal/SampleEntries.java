package org.switchboard.app.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/** Outbox entries for the outbox's tests and screenshots. */
public final class SampleEntries {
  public static final Instant START = Instant.parse("2025-03-14T09:05:00Z");

  private SampleEntries() {}

  /** A call record with the given key, direction and disposition. */
  public static CallRecord record(
      String key, CallDirection direction, String from, String to, @Nullable String disposition) {
    return new CallRecord(
        key,
        direction,
        from,
        to,
        START,
        Duration.ofMinutes(4),
        "support",
        disposition,
        "notes",
        List.of(),
        null,
        "agent-1001",
        null);
  }

  /** An inbound call from +4930901820, pending after three attempts, next try at 09:12:30Z. */
  public static JournalEntry pending(String key) {
    return new JournalEntry(
        record(key, CallDirection.INBOUND, "+4930901820", "1001", "Resolved"),
        JournalEntry.State.PENDING,
        3,
        Instant.parse("2025-03-14T09:12:30Z"),
        "crm.example.com answered 503");
  }

  /** An outbound call to +441632960961 that the CRM refused. */
  public static JournalEntry failed(String key) {
    return new JournalEntry(
        record(key, CallDirection.OUTBOUND, "1001", "+441632960961", "Callback"),
        JournalEntry.State.FAILED,
        1,
        null,
        "crm.example.com refused the call log (400): unknown disposition");
  }

  /** A call that has not been tried yet. */
  public static JournalEntry fresh(String key) {
    return new JournalEntry(
        record(key, CallDirection.INBOUND, "+4930111111", "1001", null),
        JournalEntry.State.PENDING,
        0,
        START,
        null);
  }
}
