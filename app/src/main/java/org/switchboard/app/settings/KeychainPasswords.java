package org.switchboard.app.settings;

import java.util.Arrays;
import java.util.Optional;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * Passwords in the OS keychain: the account's SIP password under {@link
 * AccountSettings#passwordKey()}, the queue service's API password under {@link
 * QueueSettings#passwordKey()}; an empty key stands for settings too incomplete to keep one.
 * Blocking (the keychain may ask the OS): call it on the I/O executor, never the JavaFX thread.
 */
final class KeychainPasswords {
  private final SecretStore secrets;

  KeychainPasswords(SecretStore secrets) {
    this.secrets = secrets;
  }

  /** Whether the keychain holds a password for {@code account}; false for an incomplete account. */
  boolean has(AccountSettings account) throws SecretStoreException {
    return has(key(account));
  }

  /** Whether the keychain holds a password under {@code key}; false for an empty key. */
  boolean has(String key) throws SecretStoreException {
    if (key.isEmpty()) {
      return false;
    }
    Optional<Secret> secret = secrets.get(key);
    return secret.isPresent() && !secret.get().isEmpty();
  }

  /**
   * Keeps the password after a save. A {@code typed} password replaces the saved one; with none
   * typed, a password saved under the previous key ({@code before}: the user or domain changed)
   * moves to the new key.
   *
   * @return whether a password is now saved for {@code after}
   */
  boolean keep(AccountSettings before, AccountSettings after, String typed)
      throws SecretStoreException {
    return keep(key(before), key(after), typed);
  }

  /**
   * As {@link #keep(AccountSettings, AccountSettings, String)}, by keychain keys ({@code before}
   * the key the password was saved under, {@code key} the one it belongs under now; empty for
   * none).
   */
  boolean keep(String before, String key, String typed) throws SecretStoreException {
    if (key.isEmpty()) {
      return false;
    }
    boolean moved = !before.isEmpty() && !before.equals(key);
    if (!typed.isEmpty()) {
      secrets.put(key, Secret.of(typed));
    } else if (moved) {
      Optional<Secret> old = secrets.get(before);
      if (old.isPresent()) {
        char[] value = old.get().reveal();
        try {
          secrets.put(key, Secret.of(value));
        } finally {
          Arrays.fill(value, '\0');
        }
      }
    }
    if (moved) {
      secrets.delete(before);
    }
    return has(key);
  }

  private static String key(AccountSettings account) {
    boolean complete = !account.user().isBlank() && !account.domain().isBlank();
    return complete ? account.passwordKey() : "";
  }
}
