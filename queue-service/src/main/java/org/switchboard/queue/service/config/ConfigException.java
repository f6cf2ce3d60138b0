package org.switchboard.queue.service.config;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file was refused. Carries every problem found, not only the first, so an
 * administrator fixes them in one go; the message lists them one a line, each as {@code
 * file:line:column: reason}.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final List<ConfigProblem> problems;

  /**
   * @param file the file refused
   * @param problems what is wrong with it, at least one
   */
  public ConfigException(Path file, List<ConfigProblem> problems) {
    super(describe(file, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused configuration needs a problem");
    }
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file refused. */
  public Path file() {
    return file;
  }

  /** Every problem found, in the order they stand in the file. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(Path file, List<ConfigProblem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return "configuration "
        + file
        + " refused ("
        + count
        + "):\n"
        + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
  }
}
