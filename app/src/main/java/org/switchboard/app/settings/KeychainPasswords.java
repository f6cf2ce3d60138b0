package org.switchboard.app.settings;

import java.util.Arrays;
import java.util.Optional;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * The account's SIP password in the OS keychain, under {@link AccountSettings#passwordKey()}.
 * Blocking (the keychain may ask the OS): call it on the I/O executor, never the JavaFX thread.
 */
final class KeychainPasswords {
  private final SecretStore secrets;

  KeychainPasswords(SecretStore secrets) {
    this.secrets = secrets;
  }

  /** Whether the keychain holds a password for {@code account}; false for an incomplete account. */
  boolean has(AccountSettings account) throws SecretStoreException {
    if (!complete(account)) {
      return false;
    }
    Optional<Secret> secret = secrets.get(account.passwordKey());
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
    if (!complete(after)) {
      return false;
    }
    String key = after.passwordKey();
    boolean moved = complete(before) && !before.passwordKey().equals(key);
    if (!typed.isEmpty()) {
      secrets.put(key, Secret.of(typed));
    } else if (moved) {
      Optional<Secret> old = secrets.get(before.passwordKey());
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
      secrets.delete(before.passwordKey());
    }
    return has(after);
  }

  private static boolean complete(AccountSettings account) {
    return !account.user().isBlank() && !account.domain().isBlank();
  }
}
