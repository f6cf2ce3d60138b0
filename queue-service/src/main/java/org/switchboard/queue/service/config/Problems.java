package org.switchboard.queue.service.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found so far in one file; reading goes on after each, to report them all. */
final class Problems {
  private final Path file;
  private final List<ConfigProblem> found = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  /** Records that {@code reason} is wrong at {@code at}. */
  void add(Position at, String reason) {
    found.add(new ConfigProblem(file, at.line(), at.column(), reason));
  }

  /** Records a problem with the file as a whole (it cannot be read). */
  void addForFile(String reason) {
    found.add(new ConfigProblem(file, 0, 0, reason));
  }

  /** How many problems have been found so far; a reader compares it to see if it added any. */
  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws the problems found, if any. */
  void throwIfAny() throws ConfigException {
    if (!found.isEmpty()) {
      throw refusal();
    }
  }

  /** The problems found, at least one, in the order they stand in the file. */
  ConfigException refusal() {
    List<ConfigProblem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
    return new ConfigException(file, sorted);
  }
}
