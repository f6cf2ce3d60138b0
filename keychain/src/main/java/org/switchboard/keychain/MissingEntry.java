package org.switchboard.keychain;

import com.github.javakeyring.PasswordAccessException;
import java.util.List;

/**
 * Tells "no such entry" from a real failure. java-keyring reports both with the same exception, so
 * this reads the messages its backends (version 1.0.4) use for a missing entry; re-check them on
 * upgrade. The Secret Service's is proven against gnome-keyring by OsKeychainTest.
 */
final class MissingEntry {
  private static final List<String> MESSAGES =
      List.of(
          // Secret Service and macOS Keychain
          "No stored credentials match",
          "No password to delete",
          // legacy macOS backend: Apple's text for errSecItemNotFound
          "could not be found in the keychain",
          // KWallet
          "is not in wallet",
          // Windows Credential Manager: ERROR_NOT_FOUND
          "Error code 1168",
          "Password not Found");

  private MissingEntry() {}

  static boolean means(PasswordAccessException e) {
    String message = e.getMessage();
    return message != null && MESSAGES.stream().anyMatch(message::contains);
  }
}
