package org.switchboard.sip.internal.timer;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Session-Expires value (RFC 4028 section 4): the interval in seconds and, when given, who
 * refreshes ({@code uac} or {@code uas}, relative to the transaction that carries it). Pure.
 */
public record SessionInterval(int seconds, @Nullable String refresher) {
  public static final String UAC = "uac";
  public static final String UAS = "uas";

  /** Reads {@code 1800;refresher=uac}; empty when the number is missing or not positive. */
  public static Optional<SessionInterval> parse(String value) {
    String[] parts = value.trim().split(";");
    int seconds;
    try {
      seconds = Integer.parseInt(parts[0].trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (seconds <= 0) {
      return Optional.empty();
    }
    String refresher = null;
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].trim().split("=", 2);
      if (param.length == 2 && param[0].trim().equalsIgnoreCase("refresher")) {
        String who = param[1].trim().toLowerCase(Locale.ROOT);
        refresher = UAC.equals(who) || UAS.equals(who) ? who : null;
      }
    }
    return Optional.of(new SessionInterval(seconds, refresher));
  }

  /** The header value. */
  public String headerValue() {
    return refresher == null ? Integer.toString(seconds) : seconds + ";refresher=" + refresher;
  }
}
