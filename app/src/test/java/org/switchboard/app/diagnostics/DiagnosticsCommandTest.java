package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsCommandTest {
  @TempDir Path root;
  private BundleFixture fixture;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void plant() throws IOException {
    fixture = new BundleFixture(root);
  }

  private int run(String... args) {
    return DiagnosticsCommand.run(
        List.of(args),
        fixture.bundle(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheOptionFirstAsksForABundle() {
    assertThat(DiagnosticsCommand.requested(List.of("--diagnostics-bundle", "x.zip"))).isTrue();
    assertThat(DiagnosticsCommand.requested(List.of("tel:+4930123"))).isFalse();
    assertThat(DiagnosticsCommand.requested(List.of())).isFalse();
  }

  @Test
  void aFileNameGetsTheBundleAndItsPathIsPrinted() throws IOException {
    Path zip = root.resolve("ticket-42.zip");

    assertThat(run(DiagnosticsCommand.OPTION, zip.toString())).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(zip.toString());
    assertThat(BundleFixture.read(zip)).containsKeys("system.txt", "logs/switchboard.log");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aDirectoryGetsTheBundleUnderItsDefaultName() {
    Path dir = root.resolve("out");

    assertThat(dir.toFile().mkdir()).isTrue();
    assertThat(run(DiagnosticsCommand.OPTION, dir.toString())).isZero();

    assertThat(dir.resolve("switchboard-diagnostics-20261123-101530.zip")).isRegularFile();
  }

  @Test
  void noTargetIsAUsageErrorExiting1() {
    assertThat(run(DiagnosticsCommand.OPTION)).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: switchboard");
  }

  @Test
  void aTargetThatCannotBeWrittenExits1WithTheReason() throws IOException {
    Path file = Files.writeString(root.resolve("plain"), "x");

    assertThat(run(DiagnosticsCommand.OPTION, file.resolve("b.zip").toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("switchboard: could not write the diagnostics bundle " + file);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
