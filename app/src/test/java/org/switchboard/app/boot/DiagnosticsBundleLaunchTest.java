package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code switchboard --diagnostics-bundle}: the desktop's launcher, run as its own process, writes
 * the bundle and exits without starting the desktop (no single-instance files, no JavaFX).
 */
class DiagnosticsBundleLaunchTest {
  @TempDir Path root;

  private Process launch(Path target) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "-Djava.awt.headless=true",
            "-Dswitchboard.config.dir=" + root.resolve("config"),
            "-Dswitchboard.provisioning.file=" + root.resolve("provisioning.json"),
            DesktopMain.class.getName(),
            "--diagnostics-bundle",
            target.toString());
    builder.environment().put("XDG_DATA_HOME", root.resolve("data").toString());
    builder.redirectOutput(root.resolve("stdout.txt").toFile());
    builder.redirectError(root.resolve("stderr.txt").toFile());
    return builder.start();
  }

  /** Waits, bounded, for {@code process}; stops it by its PID when it overruns. */
  private static int exitOf(Process process) throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not exit within 60 s (pid " + process.pid() + ")");
    }
    return process.exitValue();
  }

  @Test
  void theLauncherWritesTheBundleAndExits0() throws Exception {
    Files.createDirectories(root.resolve("config"));
    Files.writeString(
        root.resolve("config").resolve("account.json"),
        "{\"account\": {\"host\": \"pbx.example.com\", \"password\": \"Sup3rS3cret\"}}");
    Path zip = root.resolve("ticket.zip");

    int exit = exitOf(launch(zip));

    assertThat(exit).as(Files.readString(root.resolve("stderr.txt"))).isZero();
    assertThat(Files.readString(root.resolve("stdout.txt")).strip()).isEqualTo(zip.toString());
    List<String> names = new ArrayList<>();
    String account = "";
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("settings/account.json")) {
          account = text;
        }
      }
    }
    assertThat(names).containsExactlyInAnyOrder("system.txt", "settings/account.json");
    assertThat(account).contains("pbx.example.com", "[removed]").doesNotContain("Sup3rS3cret");
    assertThat(root.resolve("data").resolve("switchboard").resolve("instance.lock")).doesNotExist();
    assertThat(root.resolve("data").resolve("switchboard").resolve("logs")).doesNotExist();
  }

  @Test
  void aTargetThatCannotBeWrittenExits1() throws Exception {
    Path file = Files.writeString(root.resolve("plain"), "x");

    assertThat(exitOf(launch(file.resolve("ticket.zip")))).isEqualTo(1);
    assertThat(Files.readString(root.resolve("stderr.txt")))
        .contains("could not write the diagnostics bundle");
  }
}
