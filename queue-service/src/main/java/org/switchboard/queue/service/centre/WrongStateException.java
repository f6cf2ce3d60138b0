package org.switchboard.queue.service.centre;

/**
 * The command does not fit the current state: answering an offer already gone, wrapping up outside
 * wrap-up, holding a call that is not connected (API: 409).
 */
public final class WrongStateException extends CentreException {
  private static final long serialVersionUID = 1L;

  public WrongStateException(String message) {
    super(message);
  }
}
