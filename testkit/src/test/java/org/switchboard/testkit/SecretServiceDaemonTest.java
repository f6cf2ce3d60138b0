package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SecretServiceDaemonTest {
  private static final Duration LIFETIME = Duration.ofMinutes(2);

  @TempDir Path dir;

  @Test
  void aStoredSecretIsFoundUnderItsAttributesOnly() {
    try (SessionBus bus = SessionBus.start(dir.resolve("bus"), LIFETIME);
        SecretServiceDaemon keyring =
            SecretServiceDaemon.start(bus, dir.resolve("keyring"), "pw", LIFETIME)) {
      keyring.store("test", Map.of("service", "Switchboard", "account", "a"), "s3cret");

      assertThat(keyring.lookup(Map.of("service", "Switchboard", "account", "a")))
          .contains("s3cret");
      assertThat(keyring.lookup(Map.of("service", "Switchboard", "account", "b"))).isEmpty();
      assertThat(bus.hasOwner("org.freedesktop.secrets")).isTrue();
    }
  }

  @Test
  void theBusStartsNoSecretServiceOnDemand() {
    try (SessionBus bus = SessionBus.start(dir.resolve("bus"), LIFETIME)) {
      BoundedCommand.Result lookup =
          BoundedCommand.run(
              java.util.List.of("secret-tool", "lookup", "service", "Switchboard"),
              Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()),
              null,
              Duration.ofSeconds(10));

      assertThat(lookup.exitCode()).isNotZero();
      assertThat(bus.hasOwner("org.freedesktop.secrets")).isFalse();
    }
  }

  @Test
  void closeStopsBothDaemonsByPid() {
    SessionBus bus = SessionBus.start(dir.resolve("bus"), LIFETIME);
    SecretServiceDaemon keyring =
        SecretServiceDaemon.start(bus, dir.resolve("keyring"), "pw", LIFETIME);
    long keyringPid = keyring.pid();
    long busPid = bus.pid();

    keyring.close();
    bus.close();

    assertThat(ProcessHandle.of(keyringPid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(ProcessHandle.of(busPid).filter(ProcessHandle::isAlive)).isEmpty();
  }
}
