package org.switchboard.keychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.testkit.SecretServiceDaemon;
import org.switchboard.testkit.SessionBus;

/**
 * {@link OsKeychain} against a real Secret Service: gnome-keyring on a private D-Bus session bus at
 * the address Maven gives this JVM in {@code DBUS_SESSION_BUS_ADDRESS} (see keychain/pom.xml), so
 * the keychain is found exactly as on a user's desktop. What it stores is read back from outside
 * the JVM with libsecret's {@code secret-tool}.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OsKeychainTest {
  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final String KEYRING_PASSWORD = "keyring-test-password";

  private SessionBus bus;
  private SecretServiceDaemon secretService;
  private Path keyringDir;

  @BeforeAll
  void startSecretService(@TempDir Path dir) {
    bus = SessionBus.start(TestBus.socket(dir), LIFETIME);
    keyringDir = dir.resolve("keyring");
    secretService = SecretServiceDaemon.start(bus, keyringDir, KEYRING_PASSWORD, LIFETIME);
  }

  @AfterAll
  void stopSecretService() {
    secretService.close();
    bus.close();
  }

  @Test
  void storesReadsAndDeletesASecret() throws Exception {
    try (OsKeychain keychain = new OsKeychain()) {
      keychain.put("crm/hubspot/refresh-token", Secret.of("r3fr3sh"));

      assertThat(keychain.get("crm/hubspot/refresh-token")).contains(Secret.of("r3fr3sh"));

      keychain.delete("crm/hubspot/refresh-token");

      assertThat(keychain.get("crm/hubspot/refresh-token")).isEmpty();
      assertThat(lookup("crm/hubspot/refresh-token")).isEmpty();
    }
  }

  @Test
  void theSecretLandsInTheSecretServiceUnderTheServiceAndKey() throws Exception {
    try (OsKeychain keychain = new OsKeychain()) {
      keychain.put("crm/ldap/bind-password", Secret.of("pässwörd with spaces"));

      assertThat(lookup("crm/ldap/bind-password")).contains("pässwörd with spaces");
    }
  }

  @Test
  void readsWhatAnotherProgramStored() throws Exception {
    secretService.store(
        "set by hand",
        Map.of("service", "Switchboard", "account", "sip/1001/password"),
        "from-secret-tool");

    try (OsKeychain keychain = new OsKeychain()) {
      assertThat(keychain.get("sip/1001/password")).contains(Secret.of("from-secret-tool"));
    }
  }

  @Test
  void puttingAgainOverwritesTheOneEntry() throws Exception {
    try (OsKeychain keychain = new OsKeychain()) {
      keychain.put("crm/zendesk/token", Secret.of("first"));
      keychain.put("crm/zendesk/token", Secret.of("second"));

      assertThat(keychain.get("crm/zendesk/token")).contains(Secret.of("second"));
      assertThat(lookup("crm/zendesk/token")).contains("second");
    }
  }

  @Test
  void aMissingKeyIsEmptyAndDeletingItIsNoError() throws Exception {
    try (OsKeychain keychain = new OsKeychain()) {
      assertThat(keychain.get("never/stored")).isEmpty();

      keychain.delete("never/stored");

      assertThat(keychain.get("never/stored")).isEmpty();
    }
  }

  @Test
  void serviceNamesKeepTheirEntriesApart() throws Exception {
    try (OsKeychain switchboard = new OsKeychain();
        OsKeychain other = new OsKeychain("Other", OsKeychain.DEFAULT_TIMEOUT)) {
      switchboard.put("shared/key", Secret.of("ours"));

      assertThat(other.get("shared/key")).isEmpty();
      assertThat(switchboard.get("shared/key")).contains(Secret.of("ours"));
    }
  }

  @Test
  void aHungSecretServiceFailsTheCallWithinTheTimeout() {
    try (OsKeychain keychain = new OsKeychain("Switchboard", Duration.ofMillis(800))) {
      secretService.pause();
      try {
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                assertThatThrownBy(() -> keychain.get("crm/hubspot/refresh-token"))
                    .isInstanceOf(SecretStoreException.class)
                    .hasMessageContaining("'crm/hubspot/refresh-token'")
                    .hasMessageContaining("no answer within 800 ms"));
      } finally {
        secretService.resume();
      }
    }
  }

  @Test
  void aRestartedSecretServiceIsFoundAgainAndStillHoldsTheSecret() throws Exception {
    try (OsKeychain keychain = new OsKeychain()) {
      keychain.put("crm/dynamics/token", Secret.of("kept"));
      secretService.close();

      assertThatThrownBy(() -> keychain.get("crm/dynamics/token"))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("'crm/dynamics/token'")
          .hasMessageNotContaining("kept");

      secretService = SecretServiceDaemon.start(bus, keyringDir, KEYRING_PASSWORD, LIFETIME);

      assertThat(keychain.get("crm/dynamics/token")).contains(Secret.of("kept"));
    }
  }

  private java.util.Optional<String> lookup(String key) {
    return secretService.lookup(Map.of("service", "Switchboard", "account", key));
  }
}
