package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes configuration files for tests and loads them. */
final class ConfigFiles {
  private ConfigFiles() {}

  static Path write(Path dir, String name, String yaml) {
    try {
      return Files.writeString(dir.resolve(name), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LoadedConfig load(Path file) {
    try {
      return new ConfigLoader(Map.of()).load(file);
    } catch (ConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /**
   * The problems loading {@code yaml} (written to {@code dir}) finds, each as {@code line:column:
   * reason}, after checking that each names the file.
   */
  static List<String> problems(Path dir, String yaml) {
    Path file = write(dir, "centre.yaml", yaml);
    ConfigException refused =
        catchThrowableOfType(() -> new ConfigLoader(Map.of()).load(file), ConfigException.class);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.file()).isEqualTo(file);
    assertThat(refused.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
    assertThat(refused.getMessage())
        .contains(refused.problems().stream().map(ConfigProblem::toString).toList());
    return refused.problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.reason())
        .toList();
  }
}
