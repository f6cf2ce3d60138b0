package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.Xvfb;

/** The app image as built, before any packaging: its launchers run on the bundled runtime. */
class AppImageIT {
  @TempDir Path home;

  @Test
  void theDesktopStartsOnTheBundledRuntimeAndPassesItsRuntimeChecks() {
    Path image = Packages.appImage().toAbsolutePath();
    try (Xvfb display = Xvfb.start(home, Duration.ofMinutes(3));
        SmokeRun run = SmokeRun.start(image.resolve("bin/Switchboard"), home, display.display())) {
      JsonNode report = run.finish(Duration.ofMinutes(2));
      assertThat(report.path("ok").asBoolean()).as(report.toPrettyString()).isTrue();
      assertThat(Path.of(report.path("javaHome").asText()))
          .as("runs on the jlinked runtime, not the build machine's JDK")
          .isEqualTo(image.resolve("lib/runtime"));
      List<String> passed = new ArrayList<>();
      report
          .path("checks")
          .forEach(
              c -> {
                if (c.path("ok").asBoolean()) {
                  passed.add(c.path("name").asText());
                }
              });
      assertThat(passed).hasSize(report.path("checks").size()).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void theHeadlessAgentLauncherRunsOnTheSameRuntime() {
    Path agent = Packages.appImage().resolve("bin/switchboard-agent");
    BoundedCommand.Result help =
        BoundedCommand.run(List.of(agent.toString(), "--help"), Duration.ofSeconds(60));
    assertThat(help.exitCode()).as(help.output()).isZero();
    assertThat(help.output()).contains("--config");
  }
}
