package org.switchboard.core.call;

/** A call command could not be carried out: unknown call, wrong state, or bad target. */
public class CallControlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CallControlException(String message) {
    super(message);
  }

  public CallControlException(String message, Throwable cause) {
    super(message, cause);
  }
}
