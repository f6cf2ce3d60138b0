package org.switchboard.queue.service.store;

/** A store operation failed: the database is unreachable, refused a statement, or lacks a row. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
