package org.switchboard.crm.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  /** Longer waits are capped: a CRM asking for a day should not park the outbox for a day. */
  static final Duration MAX = Duration.ofHours(1);

  private RetryAfter() {}

  public static @Nullable Duration parse(@Nullable String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : cap(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return cap(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static Duration cap(Duration wait) {
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
