package org.switchboard.queue.service.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a configuration file.
 *
 * @param file the file
 * @param line the line, from 1; 0 when the problem is the whole file (it cannot be read)
 * @param column the column, from 1; 0 with line 0
 * @param reason what is wrong, naming the setting (e.g. {@code queues.sales.strategy: ...})
 */
public record ConfigProblem(Path file, int line, int column, String reason) {
  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line:column: reason}, the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return line == 0 ? file + ": " + reason : file + ":" + line + ":" + column + ": " + reason;
  }
}
