package org.switchboard.core.media;

/** The media engine could not do what was asked: no free port, a device failed, ... */
public class MediaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MediaException(String message) {
    super(message);
  }

  public MediaException(String message, Throwable cause) {
    super(message, cause);
  }
}
