package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.Lab;

/**
 * Secrets never reach a log, the SIP wire trace included. A child JVM ({@link SecretsProbeMain})
 * runs a digest-authenticated REGISTER, a call through Kamailio with Proxy-Authorization and a call
 * offering an SDP crypto key, with every logger at TRACE (a level slf4j-simple fixes per JVM, hence
 * the child); its whole output is then searched.
 */
@Tag("lab")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SecretsInLogsLabTest {
  @Test
  void credentialsDigestResponsesAndSdpKeysAreRedactedEverywhere(@TempDir Path dir)
      throws Exception {
    Lab lab = Lab.load();
    Path output = dir.resolve("probe.log");
    Process probe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.log.gov.nist.javax.sip=trace",
                "-Dorg.slf4j.simpleLogger.log.org.switchboard.sip.wire=trace",
                SecretsProbeMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = probe.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      probe.destroyForcibly();
    }
    String log = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(finished).as("the probe finished within 60 s").isTrue();
    assertThat(log).as("the probe ran the whole scenario").contains("PROBE-DONE");

    // the trace really showed the messages that carried the secrets ...
    assertThat(log).contains("Authorization: <redacted>", "Proxy-Authorization: <redacted>");
    assertThat(log).contains("a=crypto:<redacted>");
    // ... and no secret survived anywhere in the output
    String password = lab.passwordFor(SecretsProbeMain.USER);
    assertThat(log).doesNotContain(password, SecretsProbeMain.CRYPTO_KEY);
    assertThat(lines(log, "response=")).as("digest responses in the log").isEmpty();
    assertThat(lines(log, "inline:")).as("SDP keys in the log").isEmpty();
  }

  private static List<String> lines(String log, String needle) {
    return log.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains(needle)).toList();
  }
}
