package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.switchboard.app.boot.DesktopMain;

/**
 * The desktop's launcher as a separate JVM from the test class path, exactly as the installed
 * package runs it, with its home, data and configuration directories in {@code home} (so the real
 * user's single-instance files are never touched). Output goes to a log file the assertions quote.
 * Every process is waited for with a bound and killed by its PID when it outlives it.
 */
final class SmokeProcess {
  /** JavaFX on Monocle's headless screen, AWT headless. */
  static final List<String> MONOCLE =
      List.of(
          "-Dglass.platform=Monocle",
          "-Dmonocle.platform=Headless",
          "-Dprism.order=sw",
          "-Djava.awt.headless=true");

  private final Process process;
  private final Path log;

  private SmokeProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code DesktopMain} with {@code jvmOptions} and {@code args}. */
  static SmokeProcess start(Path home, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Duser.home=" + home);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DesktopMain.class.getName());
    command.addAll(List.of(args));
    Path log = home.resolve("launch-" + System.nanoTime() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("HOME", home.toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    return new SmokeProcess(builder.start(), log);
  }

  /** Where the launcher keeps its single-instance files, for {@code home}. */
  static Path dataDirectory(Path home) {
    return home.resolve("data").resolve("switchboard");
  }

  /**
   * Waits for the process to end by itself and returns its exit code; kills it after {@code limit}.
   */
  int awaitExit(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      return fail("pid %d did not exit within %s; output: %s", process.pid(), limit, output());
    }
    return process.exitValue();
  }

  /** Kills the process if it still runs. */
  void kill() {
    process.destroyForcibly();
  }

  String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** Waits (bounded) until {@code file} exists, e.g. the running instance's port file. */
  void awaitFile(Path file, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!Files.exists(file)) {
      if (!process.isAlive() || System.nanoTime() > end) {
        fail("%s did not appear (alive: %s); output: %s", file, process.isAlive(), output());
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  static JsonNode read(Path report) throws IOException {
    return new ObjectMapper().readTree(Files.readString(report));
  }
}
