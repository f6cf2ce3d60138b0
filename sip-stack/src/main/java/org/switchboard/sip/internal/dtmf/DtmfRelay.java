package org.switchboard.sip.internal.dtmf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DTMF in SIP INFO bodies: {@code application/dtmf-relay} ({@code Signal=5} and {@code
 * Duration=160} lines) and {@code application/dtmf} (the bare digit). Bodies are untrusted. Pure.
 */
public final class DtmfRelay {
  /** The content subtype of the relay format. */
  public static final String RELAY_SUBTYPE = "dtmf-relay";

  /** The content subtype of the bare format. */
  public static final String BARE_SUBTYPE = "dtmf";

  private static final Pattern DIGITS = Pattern.compile("[0-9*#A-D]{1,64}");
  private static final String EVENT_DIGITS = "0123456789*#ABCD";
  private static final int DURATION_MS = 160;

  private DtmfRelay() {}

  /**
   * The digits in upper case.
   *
   * @throws IllegalArgumentException unless they are 1 to 64 of {@code 0-9 * # A-D}
   */
  public static String normalise(String digits) {
    String upper = digits.trim().toUpperCase(Locale.ROOT);
    if (!DIGITS.matcher(upper).matches()) {
      throw new IllegalArgumentException("DTMF digits must be 1-64 of 0-9 * # A-D");
    }
    return upper;
  }

  /** The dtmf-relay body for {@code digit}. */
  public static String body(char digit) {
    return "Signal=" + digit + "\r\nDuration=" + DURATION_MS + "\r\n";
  }

  /** The digit in a dtmf-relay body; empty when it has none or it is malformed. */
  public static Optional<Character> parseRelay(String body) {
    for (String line : body.split("\r?\n", 16)) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("Signal")) {
        return digit(line.substring(eq + 1).trim());
      }
    }
    return Optional.empty();
  }

  /** The digit in an application/dtmf body. */
  public static Optional<Character> parseBare(String body) {
    return digit(body.trim());
  }

  private static Optional<Character> digit(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    if (v.length() == 1 && EVENT_DIGITS.indexOf(v.charAt(0)) >= 0) {
      return Optional.of(v.charAt(0));
    }
    if (v.matches("1[0-5]")) {
      // RFC 4733 event numbers: 10 is *, 11 is #, 12-15 are A-D.
      return Optional.of(EVENT_DIGITS.charAt(Integer.parseInt(v)));
    }
    return Optional.empty();
  }
}
