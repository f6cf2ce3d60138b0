package org.switchboard.installers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.switchboard.testkit.BoundedCommand;

/** Runs the packages' shell scripts and lists what they left in a directory tree. */
final class Scripts {
  static final Path SHARE = Path.of("src/main/content/share");
  static final Path LINUX = Path.of("src/main/linux");

  private Scripts() {}

  /** Runs {@code sh script args…} with {@code env} and returns its result (bounded to 30 s). */
  static BoundedCommand.Result sh(Path script, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(args));
    return BoundedCommand.run(command, env, null, Duration.ofSeconds(30));
  }

  /** Every file and directory under {@code root}, relative, sorted. */
  static List<String> tree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .map(p -> root.relativize(p).toString())
          .filter(p -> !p.isEmpty())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the files a package installs under /opt/switchboard/lib/app/share into {@code root}. */
  static void installShare(Path root) throws IOException {
    Path target = root.resolve("opt/switchboard/lib/app/share");
    try (Stream<Path> paths = Files.walk(SHARE)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path to = target.resolve(SHARE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
