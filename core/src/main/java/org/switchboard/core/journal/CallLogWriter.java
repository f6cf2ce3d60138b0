package org.switchboard.core.journal;

/**
 * Writes a call record to one CRM. Blocks; called only by the outbox's delivery thread. Must be
 * idempotent on {@link CallRecord#key()}: writing the same record twice leaves one record in the
 * CRM.
 */
public interface CallLogWriter {

  /** A short, stable name used in logs and the outbox, e.g. {@code salesforce}. */
  String name();

  void write(CallRecord record) throws CallLogException;
}
