package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("lab")
@Timeout(90)
class PrivatePostgresLabTest {
  private static final Duration LIFETIME = Duration.ofMinutes(2);

  @Test
  void servesAFreshDatabaseOnlyOnTheGivenLoopbackAddress() {
    try (PrivatePostgres postgres = PrivatePostgres.start("127.0.0.1", 55441, LIFETIME)) {
      String url = postgres.createDatabase("orders");
      postgres.psql("orders", "CREATE TABLE t (v int); INSERT INTO t VALUES (42)");

      assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:55441/orders");
      assertThat(postgres.psql("orders", "SELECT v FROM t").output().strip()).isEqualTo("42");
      assertThat(postgres.psql("postgres", "SHOW listen_addresses").output().strip())
          .isEqualTo("127.0.0.1");
      assertThat(postgres.psql("postgres", "SELECT current_user").output().strip())
          .isEqualTo(postgres.user());
      assertThat(postgres.psql("postgres", "SHOW unix_socket_directories").output().strip())
          .startsWith(postgres.directory().toString());
    }
  }

  @Test
  void eachDatabaseStartsEmptyAndANameCannotBeTakenTwice() {
    try (PrivatePostgres postgres = PrivatePostgres.start("127.0.0.1", 55442, LIFETIME)) {
      postgres.createDatabase("first");
      postgres.psql("first", "CREATE TABLE only_here (v int)");
      postgres.createDatabase("second");

      assertThat(
              postgres
                  .psql("second", "SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")
                  .output()
                  .strip())
          .isEqualTo("0");
      assertThatThrownBy(() -> postgres.createDatabase("first"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("already exists");
      assertThatThrownBy(() -> postgres.createDatabase("x; DROP DATABASE first"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (PrivatePostgres postgres = PrivatePostgres.start("127.0.0.1", 55443, LIFETIME)) {
      BoundedCommand.Result refused =
          BoundedCommand.run(
              java.util.List.of(
                  "psql",
                  "-X",
                  "-h",
                  "127.0.0.1",
                  "-p",
                  "55443",
                  "-U",
                  postgres.user(),
                  "-d",
                  "postgres",
                  "-c",
                  "SELECT 1"),
              java.util.Map.of("PGPASSWORD", "wrong"),
              null,
              Duration.ofSeconds(20));

      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.output()).contains("password authentication failed");
    }
  }

  @Test
  void closeStopsTheServerByItsPidAndRemovesItsDirectory() throws IOException {
    PrivatePostgres postgres = PrivatePostgres.start("127.0.0.1", 55444, LIFETIME);
    long pid = postgres.pid();
    Path dir = postgres.directory();
    String owner = Files.getOwner(dir).getName();

    postgres.close();

    // PostgreSQL refuses root, so as root the cluster belongs to Debian's service user.
    assertThat(owner)
        .isEqualTo("root".equals(System.getProperty("user.name")) ? "postgres" : owner);
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(accepts(55444)).isFalse();
    assertThat(dir).doesNotExist();
    assertThat(postgres.startupTime()).isPositive();
  }

  @Test
  void refusesToListenBeyondLoopback() {
    assertThatThrownBy(() -> PrivatePostgres.start("0.0.0.0", 55445, LIFETIME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
