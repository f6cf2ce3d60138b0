package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PrivatePostgres} needs to know of Debian's {@code postgresql} package: where the
 * server's programs are ({@code /usr/lib/postgresql/<N>/bin}, the newest N), and how to run them as
 * the {@code postgres} system user when this JVM runs as root (PostgreSQL refuses root). Safe from
 * any thread.
 */
final class DebianPostgres {
  private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
  private static final String SERVICE_USER = "postgres";

  private DebianPostgres() {}

  /**
   * The command line that runs {@code command} as the server's user from {@code dir}: PostgreSQL
   * looks for its own executable relative to the working directory, which the service user may not
   * be allowed to read.
   */
  static List<String> asServer(Path dir, String... command) {
    List<String> line = new ArrayList<>();
    if (runningAsRoot()) {
      line.addAll(
          List.of(
              "setpriv",
              "--reuid=" + SERVICE_USER,
              "--regid=" + SERVICE_USER,
              "--init-groups",
              "--"));
    }
    line.addAll(List.of("env", "-C", dir.toString()));
    line.addAll(List.of(command));
    return line;
  }

  /**
   * The newest installed server's {@code bin} directory, e.g. {@code /usr/lib/postgresql/15/bin}.
   */
  static Path binaries() {
    try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> notInstalled(null));
    } catch (IOException e) {
      throw notInstalled(e);
    }
  }

  static AssertionError notInstalled(@Nullable IOException e) {
    return new AssertionError(
        "no PostgreSQL server under "
            + INSTALL_ROOT
            + " (apt-get install --no-install-recommends postgresql)",
        e);
  }

  static Path createDirectory() {
    try {
      // Under /tmp itself rather than a test's @TempDir: the service user must reach it.
      Path dir = Files.createTempDirectory("switchboard-pg-");
      handToServiceUser(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for PostgreSQL", e);
    }
  }

  static void handToServiceUser(Path path) throws IOException {
    if (!runningAsRoot()) {
      return;
    }
    UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    GroupPrincipal group = users.lookupPrincipalByGroupName(SERVICE_USER);
    view.setOwner(users.lookupPrincipalByName(SERVICE_USER));
    view.setGroup(group);
  }

  static boolean runningAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tell this process's user", e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
