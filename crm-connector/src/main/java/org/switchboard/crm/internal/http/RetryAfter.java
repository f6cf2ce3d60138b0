package org.switchboard.crm.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  /** Longer waits are capped: a CRM asking for a day should not park the outbox for a day. */
  static final Duration MAX = Duration.ofHours(1);

  /** {@code delay-seconds = 1*DIGIT}: no sign, no fraction. */
  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+");

  private RetryAfter() {}

  /**
   * How long to wait, at most {@link #MAX}; zero for a date already past; null when the header is
   * absent or neither form (a negative or fractional number, a date in another format).
   */
  public static @Nullable Duration parse(@Nullable String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (DELAY_SECONDS.matcher(value).matches()) {
      try {
        return cap(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException tooLongToCount) {
        // Still delay-seconds by the grammar, just more of them than a long holds.
        return MAX;
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return cap(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static Duration cap(Duration wait) {
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
