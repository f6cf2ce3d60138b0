package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testkit.PrivatePostgres;

@Tag("lab")
@Timeout(120)
@ExtendWith(PostgresStores.class)
class PostgresSettingsLabTest {
  @Test
  void aWrongPasswordIsAnErrorNamingTheSettingButNotThePassword() {
    PrivatePostgres postgres = PostgresStores.postgres();
    String url = postgres.createDatabase("wrong_password");
    StoreSettings settings = StoreSettings.postgres(url, postgres.user(), "not-the-password");

    assertThatThrownBy(() -> Database.open(settings))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("store.url=" + url + ": cannot open the database")
        .hasMessageContaining("password authentication failed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
  }

  @Test
  void anUnreachableServerIsAnErrorNamingTheSettingWithThePasswordMasked() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/queue?password=hunter2";

    assertThatThrownBy(() -> Database.open(new StoreSettings(url, "acd", null, 2)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "store.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/queue?password=***")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void anUnknownDatabaseIsAnErrorNamingTheSetting() {
    PrivatePostgres postgres = PostgresStores.postgres();
    String url = postgres.jdbcUrl("no_such_database");

    assertThatThrownBy(
            () -> Database.open(StoreSettings.postgres(url, postgres.user(), postgres.password())))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("store.url=" + url)
        .hasMessageContaining("no_such_database");
  }
}
