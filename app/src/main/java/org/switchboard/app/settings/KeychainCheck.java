package org.switchboard.app.settings;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.settings.AccountSettingsViewModel.PasswordState;
import org.switchboard.app.settings.StatusLine.Status;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * What the keychain said about the account's password: its state and, when unavailable, why (the
 * keychain's message, which never shows a value). Made on the I/O executor, read on the JavaFX
 * thread.
 */
record KeychainCheck(PasswordState state, String problem) {
  /** Asks whether the keychain holds a password for {@code account}. */
  static KeychainCheck of(@Nullable KeychainPasswords passwords, AccountSettings account) {
    if (passwords == null) {
      return new KeychainCheck(PasswordState.NOT_KEPT, "");
    }
    try {
      return saved(passwords.has(account));
    } catch (SecretStoreException e) {
      return new KeychainCheck(PasswordState.UNAVAILABLE, StatusLine.reason(e));
    }
  }

  /** Asks whether the keychain holds a password under {@code key} (empty: none can be kept). */
  static KeychainCheck of(@Nullable KeychainPasswords passwords, String key) {
    if (passwords == null) {
      return new KeychainCheck(PasswordState.NOT_KEPT, "");
    }
    try {
      return saved(passwords.has(key));
    } catch (SecretStoreException e) {
      return new KeychainCheck(PasswordState.UNAVAILABLE, StatusLine.reason(e));
    }
  }

  /** Keeps a password after a save, by keychain keys ({@link KeychainPasswords#keep}). */
  static KeychainCheck keep(
      @Nullable KeychainPasswords passwords, String before, String after, String typed) {
    if (passwords == null) {
      return new KeychainCheck(PasswordState.NOT_KEPT, "");
    }
    try {
      return saved(passwords.keep(before, after, typed));
    } catch (SecretStoreException e) {
      return new KeychainCheck(PasswordState.UNAVAILABLE, StatusLine.reason(e));
    }
  }

  /** Keeps the password after a save ({@link KeychainPasswords#keep}). */
  static KeychainCheck keep(
      @Nullable KeychainPasswords passwords,
      AccountSettings before,
      AccountSettings after,
      String typed) {
    if (passwords == null) {
      return new KeychainCheck(PasswordState.NOT_KEPT, "");
    }
    try {
      return saved(passwords.keep(before, after, typed));
    } catch (SecretStoreException e) {
      return new KeychainCheck(PasswordState.UNAVAILABLE, StatusLine.reason(e));
    }
  }

  /** The status line after saving the settings to {@code file}. */
  Status savedStatus(Path file) {
    return state == PasswordState.UNAVAILABLE
        ? new Status("settings.savedKeychainFailed", true, file.toString(), problem)
        : new Status("settings.saved", false, file.toString());
  }

  private static KeychainCheck saved(boolean saved) {
    return new KeychainCheck(saved ? PasswordState.SAVED : PasswordState.NONE, "");
  }
}
