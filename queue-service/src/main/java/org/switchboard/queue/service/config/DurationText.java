package org.switchboard.queue.service.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Durations as administrators write them: {@code 500ms}, {@code 20s}, {@code 2m}, {@code 1h},
 * combined as {@code 1m30s}, or ISO-8601 ({@code PT20S}). A bare number is refused, because whether
 * {@code 20} meant seconds or milliseconds cannot be told.
 */
final class DurationText {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|h|m|s))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

  private DurationText() {}

  /** The duration {@code text} writes, or null when it is not one. */
  static @Nullable Duration parse(String text) {
    String trimmed = text.strip();
    if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (!WHOLE.matcher(trimmed).matches()) {
      return null;
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    try {
      while (part.find()) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(unit(amount, part.group(2)));
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
    return total;
  }

  /** {@code d} as the shortest text {@link #parse} reads back, e.g. {@code 1m30s}. */
  static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    append(text, d.toHours(), "h");
    append(text, d.toMinutesPart(), "m");
    append(text, d.toSecondsPart(), "s");
    append(text, d.toMillisPart(), "ms");
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount != 0) {
      text.append(amount).append(unit);
    }
  }

  private static Duration unit(long amount, String unit) {
    switch (unit) {
      case "ms":
        return Duration.ofMillis(amount);
      case "s":
        return Duration.ofSeconds(amount);
      case "m":
        return Duration.ofMinutes(amount);
      default:
        return Duration.ofHours(amount);
    }
  }
}
