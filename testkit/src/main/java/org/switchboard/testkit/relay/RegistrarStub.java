package org.switchboard.testkit.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Answers a REGISTER (and an OPTIONS addressed to the server itself) with 200 OK, accepting any
 * binding without a challenge: just enough of a registrar for a user agent that will not work
 * unregistered. Stateless and thread-safe.
 */
final class RegistrarStub {
  private static final int DEFAULT_EXPIRES = 600;

  private RegistrarStub() {}

  /** Whether {@code request} is for the stub: a REGISTER, or an OPTIONS without a user part. */
  static boolean answers(String request) {
    String firstLine = request.substring(0, Math.max(0, request.indexOf('\r')));
    if (firstLine.startsWith("REGISTER ")) {
      return true;
    }
    return firstLine.startsWith("OPTIONS ") && !firstLine.contains("@");
  }

  /** The 200 OK for {@code request}: its Via, From, To (tagged), Call-ID, CSeq and Contact. */
  static String ok(String request) {
    List<String> lines = new ArrayList<>();
    lines.add("SIP/2.0 200 OK");
    int expires = DEFAULT_EXPIRES;
    @Nullable String contact = null;
    for (String line : request.split("\r\n")) {
      if (line.isEmpty()) {
        break;
      }
      String name = headerName(line);
      switch (name) {
        case "via":
        case "v":
        case "from":
        case "f":
        case "call-id":
        case "i":
        case "cseq":
          lines.add(line);
          break;
        case "to":
        case "t":
          lines.add(line.contains(";tag=") ? line : line + ";tag=relay");
          break;
        case "contact":
        case "m":
          contact = line;
          break;
        case "expires":
          expires = parseOr(line.substring(line.indexOf(':') + 1).trim(), DEFAULT_EXPIRES);
          break;
        default:
          break;
      }
    }
    if (contact != null && request.startsWith("REGISTER ")) {
      lines.add(contact.contains("expires=") ? contact : contact + ";expires=" + expires);
    }
    lines.add("Content-Length: 0");
    return String.join("\r\n", lines) + "\r\n\r\n";
  }

  private static String headerName(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
  }

  private static int parseOr(String text, int fallback) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
