package org.switchboard.queue.service.centre;

/** The agent, interaction or offer named does not exist, or is not that agent's (API: 404). */
public final class NotFoundException extends CentreException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
