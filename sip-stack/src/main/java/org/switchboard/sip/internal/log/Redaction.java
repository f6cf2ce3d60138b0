package org.switchboard.sip.internal.log;

import java.util.regex.Pattern;

/**
 * Removes secrets from SIP text before it reaches a log: the values of {@code Authorization} and
 * {@code Proxy-Authorization} headers, SDP {@code a=crypto} and {@code k=} lines. Safe to call from
 * any thread.
 */
public final class Redaction {
  private static final Pattern CREDENTIALS =
      Pattern.compile("(?im)^((?:proxy-)?authorization[ \\t]*:).*$");
  private static final Pattern SDP_KEYS = Pattern.compile("(?im)^(a=crypto:|k=).*$");
  private static final String HIDDEN = "<redacted>";
  // JAIN-SIP logs a packet it cannot process as a list of byte values: "[67, 65, 78, ...]".
  // Possessive quantifiers: a 64 KB packet must not make the match backtrack (it ran for minutes).
  private static final Pattern BYTE_LISTS =
      Pattern.compile("\\[(?:-?[0-9]{1,3}, ){3,}+[^\\]]*+\\]?");
  // What a one-line summary looks at: its first line is capped far below this anyway.
  private static final int SUMMARY_INPUT = 4096;
  private static final Pattern LONG_DIGIT_RUNS = Pattern.compile("[0-9]{5,}");
  private static final int MAX_SUMMARY = 200;

  private Redaction() {}

  /**
   * Returns {@code text} with every credential and key replaced by {@code <redacted>}, and raw
   * packets dumped as byte lists (which may hold either) by {@code [bytes]}.
   */
  public static String redact(String text) {
    String withoutPackets = BYTE_LISTS.matcher(text).replaceAll("[bytes]");
    String withoutCredentials = CREDENTIALS.matcher(withoutPackets).replaceAll("$1 " + HIDDEN);
    return SDP_KEYS.matcher(withoutCredentials).replaceAll("$1" + HIDDEN);
  }

  /**
   * A one-line summary of {@code text} for logs that may reach production: redacted, cut at the
   * first line break (the rest is shown as an ellipsis), runs of five or more digits (phone
   * numbers) masked, and at most 200 characters.
   */
  public static String summarise(String text) {
    boolean cut = text.length() > SUMMARY_INPUT;
    String redacted = redact(cut ? text.substring(0, SUMMARY_INPUT) + "\n…" : text);
    int lineBreak = firstLineBreak(redacted);
    String first = lineBreak >= 0 ? redacted.substring(0, lineBreak) : redacted;
    boolean more = lineBreak >= 0 && !redacted.substring(lineBreak).isBlank();
    first = LONG_DIGIT_RUNS.matcher(first).replaceAll("\u2022\u2022\u2022");
    if (first.length() > MAX_SUMMARY) {
      first = first.substring(0, MAX_SUMMARY);
      more = true;
    }
    return more ? first + " \u2026" : first;
  }

  private static int firstLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        return i;
      }
    }
    return -1;
  }
}
