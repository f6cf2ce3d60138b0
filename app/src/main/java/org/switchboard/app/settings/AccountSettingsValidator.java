package org.switchboard.app.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges what the user typed, field by field. Each check returns the message key of the problem, or
 * empty when the value is fine.
 */
final class AccountSettingsValidator {
  private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}.:\\[\\]_-]+");
  private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._+-]+");

  private AccountSettingsValidator() {}

  static Optional<String> host(String value) {
    if (value.isBlank()) {
      return Optional.of("validation.required");
    }
    return HOST.matcher(value.strip()).matches()
        ? Optional.empty()
        : Optional.of("validation.host");
  }

  static Optional<String> port(String value) {
    return parsePort(value).isPresent() ? Optional.empty() : Optional.of("validation.port");
  }

  static Optional<String> user(String value) {
    if (value.isBlank()) {
      return Optional.of("validation.required");
    }
    return USER.matcher(value.strip()).matches()
        ? Optional.empty()
        : Optional.of("validation.user");
  }

  /** The auth user may be empty (it then defaults to the user). */
  static Optional<String> authUser(String value) {
    return value.isBlank() ? Optional.empty() : user(value);
  }

  static Optional<String> domain(String value) {
    return host(value);
  }

  /** Any display name will do. */
  static Optional<String> displayName(String value) {
    return Optional.empty();
  }

  /** The port {@code value} names, if it is a whole number from 1 to 65535 (ASCII digits). */
  static Optional<Integer> parsePort(String value) {
    String text = value.strip();
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
  }
}
