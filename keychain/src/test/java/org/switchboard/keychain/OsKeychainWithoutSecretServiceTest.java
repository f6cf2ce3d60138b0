package org.switchboard.keychain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.testkit.SessionBus;

/**
 * What a headless machine sees: a session bus with no Secret Service on it, or no bus at all. The
 * D-Bus client reads the system property {@code DBUS_SESSION_BUS_ADDRESS} before the environment,
 * so each test points it at its own bus.
 */
@Timeout(60)
class OsKeychainWithoutSecretServiceTest {
  private static final String BUS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";

  @TempDir Path dir;

  @AfterEach
  void forgetTheBus() {
    System.clearProperty(BUS_PROPERTY);
  }

  @Test
  void aBusWithoutASecretServiceGivesAnErrorThatSaysWhatToStart() {
    try (SessionBus bus = SessionBus.start(dir.resolve("bus"), Duration.ofMinutes(2));
        OsKeychain keychain = new OsKeychain()) {
      System.setProperty(BUS_PROPERTY, bus.address());

      assertThatThrownBy(() -> keychain.get("crm/hubspot/refresh-token"))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("cannot read 'crm/hubspot/refresh-token'")
          .hasMessageContaining("no OS keychain is reachable")
          .hasMessageContaining("Secret Service (gnome-keyring, or KWallet)")
          .hasMessageContaining("DBUS_SESSION_BUS_ADDRESS")
          .hasMessageContaining("org.freedesktop.secrets")
          .hasMessageContaining(bus.address());
    }
  }

  @Test
  void noBusAtAllGivesTheSameAdviceAndNeverTheValue() {
    System.setProperty(BUS_PROPERTY, "unix:path=" + dir.resolve("no-such-bus"));
    try (OsKeychain keychain = new OsKeychain()) {
      assertThatThrownBy(() -> keychain.put("crm/ldap/bind-password", Secret.of("hunter2")))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("cannot store 'crm/ldap/bind-password'")
          .hasMessageContaining("no OS keychain is reachable")
          .hasMessageContaining("gnome-keyring-daemon --unlock")
          .hasMessageContaining("no-such-bus")
          .hasMessageNotContaining("hunter2");
    }
  }
}
