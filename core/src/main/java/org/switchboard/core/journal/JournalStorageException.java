package org.switchboard.core.journal;

/** The outbox could not write to disk; the caller keeps the record and tells the agent. */
public final class JournalStorageException extends Exception {
  private static final long serialVersionUID = 1L;

  public JournalStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
