package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.api.PasswordHashes;

class QueueServiceMainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) throws InterruptedException {
    return QueueServiceMain.run(
        args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void hashPasswordPrintsAHashThatVerifiesAndNeverThePassword() throws Exception {
    assertThat(run("correct horse battery\n", "hash-password")).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("correct horse");
    assertThat(PasswordHashes.verify("correct horse battery".toCharArray(), hash)).isTrue();
  }

  @Test
  void aShortPasswordIsRefused() throws Exception {
    assertThat(run("short\n", "hash-password")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 8");
  }

  @Test
  void badUsageAndAMissingOrInvalidFileExitWithTheirCodes() throws Exception {
    assertThat(run("", "--port", "1")).isEqualTo(2);
    assertThat(run("", "--config", dir.resolve("none.yaml").toString())).isEqualTo(3);
    Path bad =
        Files.writeString(dir.resolve("bad.yaml"), "queues:\n  sales:\n    strategy: fastest\n");
    assertThat(run("", "--config", bad.toString())).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.yaml:3:").contains("fastest");
  }
}
