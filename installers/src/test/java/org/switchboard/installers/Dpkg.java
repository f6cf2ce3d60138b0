package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.switchboard.testkit.BoundedCommand;

/** dpkg and friends on this machine, for the .deb's install, upgrade and removal test. */
final class Dpkg {
  static final String PACKAGE = "switchboard";
  private static final Duration BOUND = Duration.ofMinutes(3);

  private Dpkg() {}

  /**
   * Installing a package needs root. CI runs as root; elsewhere the test is not run, except that
   * with {@code CI} set (a CI run that lost root) it fails rather than pass unnoticed.
   */
  static void requireRoot() {
    String uid = run(List.of("id", "-u")).output().trim();
    if (!uid.equals("0")) {
      if (System.getenv("CI") != null) {
        throw new AssertionError("the .deb test needs root in CI (uid " + uid + ")");
      }
      Assumptions.abort("installing a .deb needs root (uid " + uid + ")");
    }
  }

  static BoundedCommand.Result run(List<String> command) {
    return BoundedCommand.run(command, Map.of("DEBIAN_FRONTEND", "noninteractive"), null, BOUND);
  }

  /** Runs {@code command} and fails with its output unless it exits 0. */
  static String ok(String... command) {
    BoundedCommand.Result result = run(List.of(command));
    assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    return result.output();
  }

  static void install(Path deb) {
    ok("dpkg", "-i", deb.toAbsolutePath().toString());
  }

  /** The installed version, or empty when the package is not installed. */
  static String installedVersion() {
    BoundedCommand.Result result =
        run(List.of("dpkg-query", "-W", "-f=${Status}|${Version}", PACKAGE));
    String out = result.output().trim();
    if (result.exitCode() != 0 || !out.startsWith("install ok installed|")) {
      return "";
    }
    return out.substring(out.indexOf('|') + 1);
  }

  /** Removes and purges the package if it is there (earlier runs' leftovers included). */
  static void purge() {
    run(List.of("dpkg", "--purge", PACKAGE));
  }

  /** Files and directories in system locations whose names mention Switchboard. */
  static List<String> systemLeftovers() {
    List<String> command =
        new ArrayList<>(
            List.of(
                "find",
                "/opt",
                "/usr/share/applications",
                "/usr/share/icons",
                "/usr/local",
                "/etc",
                "/var/lib/dpkg/info",
                "-iname",
                "*switchboard*"));
    return run(command).output().lines().filter(l -> l.startsWith("/")).sorted().toList();
  }
}
