package org.switchboard.sip.internal.transfer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the status line of a {@code message/sipfrag} body (RFC 3420). Pure. */
public final class SipFrag {
  private static final Pattern STATUS_LINE =
      Pattern.compile("^\\s*SIP/2\\.0\\s+([1-6][0-9]{2})(?:\\s.*)?$", Pattern.DOTALL);

  private SipFrag() {}

  /** The status code of the fragment's first line; empty when it is not a status line. */
  public static OptionalInt status(String body) {
    String firstLine = body.split("\r?\n", 2)[0];
    Matcher m = STATUS_LINE.matcher(firstLine);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
