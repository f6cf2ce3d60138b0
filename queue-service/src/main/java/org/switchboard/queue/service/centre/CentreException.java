package org.switchboard.queue.service.centre;

/**
 * A command the centre refused; nothing changed. The subclasses say why, so the API can answer with
 * the matching status: {@link InvalidRequestException} 400, {@link NotFoundException} 404, {@link
 * WrongStateException} and {@link StaleVersionException} 409.
 */
public abstract class CentreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected CentreException(String message) {
    super(message);
  }
}
