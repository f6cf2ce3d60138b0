package org.switchboard.core.secrets;

import org.jspecify.annotations.Nullable;

/** The keychain is missing, locked or refused; the message says which and never shows a value. */
public final class SecretStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public SecretStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
