package org.switchboard.crm.internal.salesforce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** SOQL string literals and the date-time format Salesforce answers with. */
final class Soql {
  // Salesforce writes date-times as 2026-11-20T10:02:11.000+0000 (no colon in the offset).
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

  private Soql() {}

  /**
   * {@code value} as a quoted SOQL string literal. Quotes and backslashes are escaped so that a
   * value can never end the literal and add conditions; line breaks use SOQL's escape sequences.
   */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  /** A date-time field's value, or empty when it is missing or not a date-time. */
  static Optional<Instant> dateTime(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DATE_TIME).toInstant());
    } catch (DateTimeParseException notSalesforceStyle) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException notATime) {
        return Optional.empty();
      }
    }
  }
}
