package org.switchboard.crm.internal.local;

/** A customer file that cannot be read; the message names the file, the place and the reason. */
public final class CustomerFileFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public CustomerFileFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public CustomerFileFormatException(String message) {
    super(message);
  }
}
