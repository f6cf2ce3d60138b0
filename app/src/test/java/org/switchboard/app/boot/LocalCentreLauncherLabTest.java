package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.Lab;

/**
 * {@code bin/local-centre} (what {@code bin/switchboard} runs without arguments), run as the user
 * runs it, with the sample centre moved to this test's ports (SIP 16750, HTTP 16751 on the lab's
 * address), the queue service from the test class path, and a stand-in desktop: a script that
 * records its arguments and what the service's API answered, then exits 7.
 */
@Tag("lab")
@Timeout(240)
class LocalCentreLauncherLabTest {
  private static final Duration BOUND = Duration.ofSeconds(150);
  private static final Path ROOT =
      java.util.Objects.requireNonNull(Path.of("").toAbsolutePath().getParent(), "the repository");

  @TempDir Path dir;
  private final String address = Lab.load().localAddress();
  private final String url = "http://" + address + ":16751";

  @BeforeEach
  void standInDesktop() throws IOException {
    Path desktop = dir.resolve("desktop.sh");
    Files.writeString(
        desktop,
        "#!/usr/bin/env bash\n"
            + "echo \"$*\" > \"$(dirname \"$0\")/desktop-args\"\n"
            + "echo $$ > \"$(dirname \"$0\")/desktop-pid\"\n"
            + "echo \"$SWITCHBOARD_LOCAL_CENTRE_URL $SWITCHBOARD_LOCAL_CENTRE_SIP_PORT\""
            + " > \"$(dirname \"$0\")/desktop-env\"\n"
            + "hostport=${SWITCHBOARD_LOCAL_CENTRE_URL#http://}\n"
            + "exec 3<>\"/dev/tcp/${hostport%:*}/${hostport##*:}\"\n"
            + "printf 'GET /api/v1/snapshot HTTP/1.0\\r\\n\\r\\n' >&3\n"
            + "read -r _ status _ <&3\n"
            + "echo \"$status\" > \"$(dirname \"$0\")/desktop-saw\"\n"
            + "[[ -z ${DESKTOP_SLEEP:-} ]] || exec sleep \"$DESKTOP_SLEEP\"\n"
            + "exit 7\n");
    Files.setPosixFilePermissions(desktop, PosixFilePermissions.fromString("rwx------"));
  }

  /** The sample centre on this test's ports, with {@code replacements} (old, new pairs). */
  private Path config(String... replacements) throws IOException {
    String text =
        Files.readString(ROOT.resolve("queue-service/config/sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 5070", "port: 16750")
            .replace("port: 8070", "port: 16751")
            .replace("rtpPortMin: 30000", "rtpPortMin: 42200")
            .replace("rtpPortMax: 31999", "rtpPortMax: 42299");
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Files.createDirectories(dir.resolve("centre"));
    return Files.writeString(dir.resolve("centre/centre.yaml"), text);
  }

  private BoundedCommand.Result launch(Path config) {
    return BoundedCommand.run(
        List.of("bash", ROOT.resolve("bin/local-centre").toString()),
        environment(config),
        null,
        BOUND);
  }

  private Map<String, String> environment(Path config) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return Map.of(
        "SWITCHBOARD_LOCAL_CENTRE_CONFIG", config.toString(),
        "SWITCHBOARD_LOCAL_CENTRE_WAIT", "60",
        "SWITCHBOARD_DESKTOP_CMD", dir.resolve("desktop.sh").toString(),
        "SWITCHBOARD_QUEUE_SERVICE_CMD",
            java
                + " -cp "
                + System.getProperty("java.class.path")
                + " org.switchboard.queue.service.QueueServiceMain",
        "XDG_DATA_HOME", dir.resolve("data").toString());
  }

  private static long servicePid(String output) {
    Matcher pid = Pattern.compile("answers at \\S+ \\(pid (\\d+)\\)").matcher(output);
    assertThat(pid.find()).as(output).isTrue();
    return Long.parseLong(pid.group(1));
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Waits, bounded, until {@code condition} holds. */
  private static void await(String what, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private Path serviceLog() {
    return dir.resolve("data/switchboard/local-centre/queue-service.log");
  }

  /** The status the service's API gives an unauthenticated snapshot request; 0 when none. */
  private int apiStatus() throws InterruptedException {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url + "/api/v1/snapshot"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  private String desktopFile(String name) throws IOException {
    return Files.readString(dir.resolve(name)).strip();
  }

  @Test
  void startsTheServiceRunsTheDesktopAsItsClientAndStopsTheServiceByPidAfterwards()
      throws Exception {
    BoundedCommand.Result run = launch(config());

    assertThat(run.exitCode()).as("the desktop's exit code: %s", run.output()).isEqualTo(7);
    assertThat(desktopFile("desktop-args")).isEqualTo("--local-centre");
    assertThat(desktopFile("desktop-env")).isEqualTo(url + " 16750");
    assertThat(desktopFile("desktop-saw")).as("the service answered the desktop").isEqualTo("401");
    long servicePid = servicePid(run.output());
    assertThat(alive(servicePid)).as("the service (pid %d) is stopped", servicePid).isFalse();
    assertThat(apiStatus()).as("nothing answers any more").isZero();
    assertThat(dir.resolve("centre/data")).as("the embedded store beside the config").isDirectory();
  }

  @Test
  void interruptingTheLauncherStopsTheDesktopAndTheServiceItStarted() throws Exception {
    Path output = dir.resolve("launcher.out");
    ProcessBuilder builder =
        new ProcessBuilder("bash", ROOT.resolve("bin/local-centre").toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(environment(config()));
    builder.environment().put("DESKTOP_SLEEP", "120");
    Process launcher = builder.start();
    try {
      await("the desktop runs", () -> Files.exists(dir.resolve("desktop-saw")));
      long servicePid = servicePid(Files.readString(output));
      assertThat(alive(servicePid)).isTrue();

      ProcessHandle.of(launcher.pid()).ifPresent(ProcessHandle::destroy); // TERM, like kill

      await("the launcher exits", () -> !launcher.isAlive());
      assertThat(launcher.exitValue()).isEqualTo(143);
      await("the service stops", () -> !alive(servicePid));
      long desktopPid = Long.parseLong(desktopFile("desktop-pid"));
      await("the desktop stops", () -> !alive(desktopPid));
      assertThat(apiStatus()).isZero();
    } finally {
      launcher.destroyForcibly();
    }
  }

  @Test
  void aServiceThatCannotStartIsReportedWithItsLogAndExit3WithoutRunningTheDesktop()
      throws Exception {
    BoundedCommand.Result run = launch(config("strategy: longest-idle", "strategy: most-charming"));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(3);
    assertThat(run.output())
        .contains("the queue service stopped while starting (exit 3); see " + serviceLog())
        .contains("most-charming");
    assertThat(dir.resolve("desktop-args")).doesNotExist();
  }

  @Test
  void aServiceAlreadyAnsweringIsReusedAndLeftRunning() throws Exception {
    try (QueueService running = QueueService.start(config(), Clock.systemUTC())) {
      BoundedCommand.Result run = launch(config());

      assertThat(run.exitCode()).as(run.output()).isEqualTo(7);
      assertThat(run.output()).contains("using the queue service already answering at " + url);
      assertThat(desktopFile("desktop-args")).isEqualTo("--local-centre");
      assertThat(desktopFile("desktop-saw")).isEqualTo("401");
      assertThat(apiStatus()).as("still running").isEqualTo(401);
      assertThat(running.httpPort()).isEqualTo(16751);
    }
  }
}
