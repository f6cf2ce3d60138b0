package org.switchboard.keychain;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import java.util.Locale;

/**
 * Opening the platform's keychain with java-keyring, and words for what went wrong. On Linux and
 * the BSDs the Secret Service is tried first, then KWallet's own interface, and the Secret
 * Service's failure is the one reported: java-keyring's automatic choice would only say that no
 * backend was found.
 */
final class Keyrings {
  private static final int MAX_REASON = 200;
  private static final String BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS";

  private Keyrings() {}

  static Keyring open() throws BackendNotSupportedException {
    if (!usesSecretService()) {
      return Keyring.create();
    }
    try {
      return Keyring.create(KeyringStorageType.GNOME_KEYRING);
    } catch (BackendNotSupportedException secretService) {
      try {
        return Keyring.create(KeyringStorageType.KWALLET);
      } catch (BackendNotSupportedException | RuntimeException kwallet) {
        secretService.addSuppressed(kwallet);
        throw secretService;
      }
    }
  }

  /** What to tell the user when no keychain could be opened. */
  static String unreachable(Throwable failure) {
    if (!usesSecretService()) {
      return "no OS keychain is reachable (" + reason(failure) + ")";
    }
    return "no OS keychain is reachable. On Linux Switchboard keeps secrets in a Secret Service"
        + " (gnome-keyring, or KWallet) on the D-Bus session bus named by DBUS_SESSION_BUS_ADDRESS;"
        + " on a headless machine start one, e.g. `gnome-keyring-daemon --unlock`"
        + " (docs/adr/0011-secrets-in-the-os-keychain.md). "
        + secretServiceReason(failure);
  }

  /**
   * The secret-service library swallows the D-Bus error of its session request and then fails on
   * the missing session key, a message that would send the reader the wrong way.
   */
  private static String secretServiceReason(Throwable failure) {
    String reason = reason(failure);
    if (reason.contains("Missing peer public key")) {
      return "No Secret Service (org.freedesktop.secrets) opened a session on the bus at "
          + sessionBus()
          + ".";
    }
    return "Talking to the Secret Service on the bus at " + sessionBus() + " failed: " + reason;
  }

  /** The session bus the D-Bus client uses: its system property first, then the environment. */
  private static String sessionBus() {
    String address = System.getProperty(BUS_VARIABLE);
    if (address == null) {
      address = System.getenv(BUS_VARIABLE);
    }
    return address == null ? "(none: " + BUS_VARIABLE + " is not set)" : address;
  }

  /** Which keychain {@code keyring} is, in words. */
  static String describe(Keyring keyring) {
    KeyringStorageType type = keyring.getKeyringStorageType();
    switch (type) {
      case GNOME_KEYRING:
        return "the Secret Service";
      case KWALLET:
        return "KWallet";
      case WINDOWS_CREDENTIAL_STORE:
        return "the Windows Credential Manager";
      default:
        return "the macOS Keychain";
    }
  }

  /**
   * The innermost message of {@code failure}'s causes (the D-Bus or OS error), shortened. These
   * messages name services, paths and keys, never a secret's value.
   */
  static String reason(Throwable failure) {
    String reason = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank()) {
        reason = message.strip();
      } else if (reason == null) {
        reason = t.getClass().getSimpleName();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (reason == null) {
      reason = failure.getClass().getSimpleName();
    }
    return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
  }

  private static boolean usesSecretService() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return !os.startsWith("mac") && !os.startsWith("windows");
  }
}
