package org.switchboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Subscription;

/** The desktop's log file, on a Logback context of its own (not the test JVM's). */
class RollingLogFileTest {
  private static final long FILE_BYTES = 4096;
  @TempDir Path dir;
  private final LoggerContext context = newContext();
  private final Logger log = context.getLogger("org.switchboard.test");

  private static LoggerContext newContext() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    return context;
  }

  @AfterEach
  void stop() {
    context.stop();
  }

  private Path logs() {
    return dir.resolve("logs");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> listing = Files.list(logs())) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void linesGoToTheFileWithTimeLevelThreadAndLogger() throws IOException {
    Subscription file = RollingLogFile.attach(context, logs(), FILE_BYTES, 2);
    log.info("registered as {}", "sip:1001@pbx.example.com");
    file.close();

    String text = Files.readString(logs().resolve("switchboard.log"), StandardCharsets.UTF_8);
    assertThat(text)
        .matches(
            "(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+\\]"
                + " org.switchboard.test - registered as sip:1001@pbx.example.com\\R");
  }

  @Test
  void theFileRollsAtItsSizeAndKeepsOnlyTheNewestFiles() throws IOException {
    RollingLogFile.attach(context, logs(), FILE_BYTES, 2);
    String line = "x".repeat(200);

    for (int i = 0; i < 200; i++) {
      log.info("line {} {}", i, line);
    }

    assertThat(files())
        .containsExactly("switchboard.1.log", "switchboard.2.log", "switchboard.log");
    long oneLine = 400;
    for (String name : files()) {
      assertThat(Files.size(logs().resolve(name))).isLessThanOrEqualTo(FILE_BYTES + oneLine);
    }
    assertThat(Files.readString(logs().resolve("switchboard.log"))).contains("line 199 ");
    assertThat(Files.readString(logs().resolve("switchboard.2.log"))).doesNotContain("line 0 ");
  }

  @Test
  void secretsLoggedByMistakeReachTheFileMasked() throws IOException {
    Subscription file = RollingLogFile.attach(context, logs(), FILE_BYTES, 2);
    log.warn("request headers: Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig");
    log.info("signing in with password={} for {}", "hunter2", "1001");
    log.info("{\"apiKey\": \"k-98765\"}");
    log.info("offer\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0m");
    log.error(
        "the CRM refused the call log",
        new IllegalStateException("401 for Bearer abcdefghijklmnop"));
    file.close();

    String text = Files.readString(logs().resolve("switchboard.log"));
    assertThat(text)
        .contains("Authorization: [removed]", "password=[removed] for 1001")
        .contains("\"apiKey\": \"[removed]\"", "a=crypto:[removed]", "401 for Bearer [removed]")
        .contains("IllegalStateException", "\tat ")
        .doesNotContain("eyJhbGci", "hunter2", "k-98765", "PS1uQCVe", "abcdefghijklmnop");
  }

  @Test
  void closingStopsWritingTheFile() throws IOException {
    Subscription file = RollingLogFile.attach(context, logs(), FILE_BYTES, 2);
    log.info("before");
    file.close();
    log.info("after");

    assertThat(Files.readString(logs().resolve("switchboard.log")))
        .contains("before")
        .doesNotContain("after");
  }
}
