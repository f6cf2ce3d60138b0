package org.switchboard.app.smoke;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The smoke mode's command-line options: {@code --smoke-test <report.json>} and, optionally, {@code
 * --smoke-wait-link <seconds>}. The options and their values are taken out of the arguments before
 * links are looked for, so a report path is never read as a link.
 *
 * @param report where the JSON report goes
 * @param waitForLink how long to wait for a link handed over by a second launch; null: none
 */
public record SmokeOptions(Path report, @Nullable Duration waitForLink) {
  public static final String SMOKE_TEST = "--smoke-test";
  public static final String WAIT_LINK = "--smoke-wait-link";

  /** Longest wait for a link, in seconds. */
  public static final int MAX_WAIT_SECONDS = 600;

  public SmokeOptions {
    Objects.requireNonNull(report, "report");
  }

  /**
   * The smoke options among {@code arguments}; empty when {@code --smoke-test} is not given (a
   * normal start).
   *
   * @throws IllegalArgumentException naming the option that is missing its value, has a bad value,
   *     or is given without {@code --smoke-test}
   */
  public static Optional<SmokeOptions> parse(List<String> arguments) {
    String report = value(arguments, SMOKE_TEST);
    String wait = value(arguments, WAIT_LINK);
    if (report == null) {
      if (wait != null) {
        throw new IllegalArgumentException(WAIT_LINK + " is only for " + SMOKE_TEST);
      }
      return Optional.empty();
    }
    if (report.isBlank()) {
      throw new IllegalArgumentException(SMOKE_TEST + " needs the path of the report to write");
    }
    return Optional.of(new SmokeOptions(Path.of(report), wait == null ? null : seconds(wait)));
  }

  /** {@code arguments} without the smoke options and their values: where a link may be. */
  public static List<String> others(List<String> arguments) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.equals(SMOKE_TEST) || argument.equals(WAIT_LINK)) {
        i++; // and its value
      } else {
        rest.add(argument);
      }
    }
    return rest;
  }

  /** The value after {@code option}; null when the option is absent. */
  private static @Nullable String value(List<String> arguments, String option) {
    int at = arguments.indexOf(option);
    if (at < 0) {
      return null;
    }
    if (at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    if (arguments.lastIndexOf(option) != at) {
      throw new IllegalArgumentException(option + " is given twice");
    }
    return arguments.get(at + 1);
  }

  private static Duration seconds(String text) {
    String value = text.strip();
    if (value.isEmpty()
        || value.length() > 3
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > MAX_WAIT_SECONDS) {
      throw new IllegalArgumentException(
          WAIT_LINK + " takes whole seconds from 1 to " + MAX_WAIT_SECONDS);
    }
    return Duration.ofSeconds(Integer.parseInt(value));
  }
}
