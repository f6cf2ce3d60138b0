package org.switchboard.queue.service.centre;

/**
 * The command names something that does not apply: an unknown reason code, a queue the agent is not
 * a member of, a disposition not for the queue, an undefined queue for a new call (API: 400).
 */
public final class InvalidRequestException extends CentreException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
