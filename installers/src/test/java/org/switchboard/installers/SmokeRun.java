package org.switchboard.installers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.testkit.BoundedDaemon;

/**
 * The packaged desktop started in its smoke mode ({@code --smoke-test <report.json>}): it starts
 * JavaFX on the given display, checks its runtime, writes a JSON report and exits. Runs as a user
 * whose settings and data live under {@code home} (XDG directories), so it never meets the real
 * user's desktop; stopped by PID on {@link #close()} and bounded in any case.
 */
final class SmokeRun implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BoundedDaemon process;
  private final Path report;

  private SmokeRun(BoundedDaemon process, Path report) {
    this.process = process;
    this.report = report;
  }

  /** The environment of a user living in {@code home} on {@code display}. */
  static Map<String, String> userEnvironment(Path home, String display) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    env.put("DISPLAY", display);
    return env;
  }

  /** The desktop's data directory for that user (single-instance port file, outbox). */
  static Path dataDir(Path home) {
    return home.resolve(".local/share/switchboard");
  }

  /** The desktop's settings directory for that user. */
  static Path settingsDir(Path home) {
    return home.resolve(".config/switchboard");
  }

  static SmokeRun start(Path launcher, Path home, String display, String... arguments) {
    Path report = home.resolve("smoke-" + System.nanoTime() + ".json");
    List<String> command =
        new ArrayList<>(List.of(launcher.toString(), "--smoke-test", report.toString()));
    command.addAll(List.of(arguments));
    BoundedDaemon process =
        BoundedDaemon.start(
            "smoke test of " + launcher,
            command,
            userEnvironment(home, display),
            null,
            home.resolve("smoke-" + System.nanoTime() + ".log"),
            Duration.ofSeconds(150));
    return new SmokeRun(process, report);
  }

  /** Waits until the desktop listens for links handed over by a second start. */
  void awaitListening(Path home) {
    Path port = dataDir(home).resolve("instance.port");
    process.awaitReady(() -> Files.exists(port), Duration.ofSeconds(60));
  }

  /**
   * Waits for the run to end and returns its report.
   *
   * @throws AssertionError with the run's output when it fails, overruns or writes no report
   */
  JsonNode finish(Duration timeout) {
    int status = process.awaitExit(timeout);
    if (!Files.exists(report)) {
      throw new AssertionError("no smoke report (exit " + status + "); output:\n" + process.log());
    }
    try {
      JsonNode node = JSON.readTree(report.toFile());
      if (status != 0) {
        throw new AssertionError(
            "smoke test exit "
                + status
                + ", report "
                + node.toPrettyString()
                + "\noutput:\n"
                + process.log());
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable smoke report " + report, e);
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
