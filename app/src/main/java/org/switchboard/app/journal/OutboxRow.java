package org.switchboard.app.journal;

import org.switchboard.core.journal.JournalEntry;

/**
 * One undelivered call log as the outbox shows it, every text ready to display (localised,
 * sanitised).
 *
 * @param key the entry's idempotency key, for retry and discard
 * @param direction "Inbound" or "Outbound", localised
 * @param number the other party's number or address as signalled (shown left to right)
 * @param start when the call started, in the language's style
 * @param disposition the wrap-up disposition; empty when none was chosen
 * @param status "Attempts: 3 · next try at 10:42:05" or "Failed: ..."
 * @param lastError the last delivery error of a pending entry; empty when there is none
 */
public record OutboxRow(
    String key,
    JournalEntry.State state,
    String direction,
    String number,
    String start,
    String disposition,
    String status,
    String lastError) {

  /** Whether the agent may discard the entry (failed ones only). */
  public boolean canDiscard() {
    return state == JournalEntry.State.FAILED;
  }
}
