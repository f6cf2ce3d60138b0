package org.switchboard.app.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.app.settings.Checks.Problem;
import org.switchboard.core.account.SipAccountOptions;

/** What is wrong with the connection section's typed values, as message keys with arguments. */
final class ConnectionChecks {
  static final int MAX_KEEP_ALIVE = 3600;
  static final int MAX_SESSION_EXPIRES = 86_400;

  /** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}))(:(\\d{1,5}))?");

  private ConnectionChecks() {}

  /** Empty, {@code host[:port]}, or {@code sip:}/{@code sips:} followed by that. */
  static Optional<Problem> proxy(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    String hostPart = value;
    if (lower.startsWith("sips:")) {
      hostPart = value.substring(5);
    } else if (lower.startsWith("sip:")) {
      hostPart = value.substring(4);
    }
    int params = hostPart.indexOf(';');
    if (params >= 0) {
      hostPart = hostPart.substring(0, params);
    }
    return hostAndPort(hostPart)
        ? Optional.empty()
        : Optional.of(new Problem("settings.connection.proxy.invalid"));
  }

  /** Comma-separated {@code host[:port]} entries, or nothing. */
  static Optional<Problem> dnsServers(String text) {
    for (String entry : text.split(",")) {
      String value = entry.strip();
      if (!value.isEmpty() && !hostAndPort(value)) {
        return Optional.of(new Problem("settings.connection.dns.invalid", value));
      }
    }
    return Optional.empty();
  }

  static Optional<Problem> keepAlive(String text) {
    return seconds(text).filter(s -> s <= MAX_KEEP_ALIVE).isPresent()
        ? Optional.empty()
        : Optional.of(new Problem("settings.connection.keepAlive.invalid", 0, MAX_KEEP_ALIVE));
  }

  static Optional<Problem> sessionExpires(String text) {
    Optional<Integer> value = seconds(text);
    boolean fine =
        value.isPresent()
            && (value.get() == 0
                || (value.get() >= SipAccountOptions.MIN_SESSION_EXPIRES
                    && value.get() <= MAX_SESSION_EXPIRES));
    return fine
        ? Optional.empty()
        : Optional.of(
            new Problem(
                "settings.connection.sessionExpires.invalid",
                SipAccountOptions.MIN_SESSION_EXPIRES,
                MAX_SESSION_EXPIRES));
  }

  /** Empty, or an absolute path (it is read when the account starts, which names it if missing). */
  static Optional<Problem> trustFile(String text) {
    String value = text.strip();
    if (value.isEmpty()
        || value.startsWith("/")
        || value.matches("[A-Za-z]:[\\\\/].*")
        || value.startsWith("\\\\")) {
      return Optional.empty();
    }
    return Optional.of(new Problem("settings.connection.trustFile.notAbsolute"));
  }

  /** Whole seconds, ASCII digits only, at most six of them. */
  static Optional<Integer> seconds(String text) {
    String value = text.strip();
    if (value.isEmpty()
        || value.length() > 6
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value));
  }

  private static boolean hostAndPort(String value) {
    var m = HOST_PORT.matcher(value);
    if (!m.matches()) {
      return false;
    }
    String port = m.group(4);
    if (port == null) {
      return true;
    }
    int n = Integer.parseInt(port);
    return n >= 1 && n <= 65535;
  }
}
