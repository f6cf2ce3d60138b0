package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.Lab;

/**
 * What a user sees when the headless agent cannot start, with the real SIP stack against the real
 * registrar: one clear line naming the cause, a distinct exit code, no stack trace, no hang.
 */
@Tag("lab")
@Timeout(60)
class AgentStartupFailuresEndToEndTest {
  private static final Duration EXIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aWrongPasswordIsReportedAsRejectedCredentials() {
    Lab lab = Lab.load();
    Path config =
        LabAgentConfig.write(
            dir, lab, "1021", "not-the-password", lab.registrarPort(), 16062, 31100);
    try (AgentProcess agent = AgentProcess.start(dir, "--config", config.toString())) {
      agent.await("registration_failed", EXIT);
      assertThat(agent.awaitExit(EXIT)).isEqualTo(3);
      assertThat(agent.stderr()).containsIgnoringCase("credentials").doesNotContain("\tat ");
      assertThat(agent.stderr()).doesNotContain("not-the-password");
    }
  }

  @Test
  void aRegistrarThatDoesNotAnswerIsReportedAsUnreachable() {
    Lab lab = Lab.load();
    Path config = LabAgentConfig.write(dir, lab, "1022", "x", 5999, 16064, 31200);
    try (AgentProcess agent = AgentProcess.start(dir, "--config", config.toString())) {
      assertThat(agent.awaitExit(EXIT)).isEqualTo(4);
      assertThat(agent.stderr()).containsIgnoringCase("unreachable").doesNotContain("\tat ");
    }
  }

  @Test
  void aSipPortInUseIsReportedByNumber() throws Exception {
    Lab lab = Lab.load();
    try (DatagramSocket taken = new DatagramSocket(16066, InetAddress.getLoopbackAddress())) {
      Path config =
          LabAgentConfig.write(
              dir, lab, "1023", lab.passwordFor("1023"), lab.registrarPort(), 16066, 31300);
      try (AgentProcess agent = AgentProcess.start(dir, "--config", config.toString())) {
        assertThat(agent.awaitExit(EXIT)).isEqualTo(5);
        assertThat(agent.stderr()).contains("16066").doesNotContain("\tat ");
      }
    }
  }

  @Test
  void aMissingConfigFileIsNamed() {
    Path missing = dir.resolve("nowhere.json");
    try (AgentProcess agent = AgentProcess.start(dir, "--config", missing.toString())) {
      assertThat(agent.awaitExit(EXIT)).isEqualTo(2);
      assertThat(agent.stderr()).contains("nowhere.json").doesNotContain("\tat ");
    }
  }
}
