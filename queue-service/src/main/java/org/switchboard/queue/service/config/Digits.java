package org.switchboard.queue.service.config;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** DTMF digits in the file: one of {@code 0-9}, {@code *} and {@code #}. */
final class Digits {
  private static final Pattern ONE_DIGIT = Pattern.compile("[0-9*#]");

  private Digits() {}

  /** Whether {@code text} is one DTMF digit. */
  static boolean isDigit(String text) {
    return ONE_DIGIT.matcher(text).matches();
  }

  /** The digit under {@code key}, null when left out; a problem when not one digit. */
  static @Nullable String optionalDigit(Section section, String key) {
    String digit = section.optionalText(key);
    if (digit != null && !isDigit(digit)) {
      section.problem(key, notADigit(digit));
      return null;
    }
    return digit;
  }

  /** The digit under {@code key}, or {@code fallback}; a problem when not one digit. */
  static String digit(Section section, String key, String fallback) {
    String digit = optionalDigit(section, key);
    return digit == null ? fallback : digit;
  }

  static String notADigit(String text) {
    return "'" + text + "' is not one DTMF digit (0-9, \"*\" or \"#\", quoted in YAML)";
  }
}
