package org.switchboard.sip.internal.invite;

import java.util.LinkedHashMap;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import javax.sip.header.Header;
import javax.sip.message.Request;

/**
 * The {@code X-} headers of a request, and the {@code Call-Info} and {@code Alert-Info} headers a
 * server uses to ask for auto-answer, as untrusted text: control characters removed, at most 32
 * headers of at most 1024 characters each, the first value of each name kept. Pure.
 */
final class ExtensionHeaders {
  private static final int MAX_HEADERS = 32;
  private static final int MAX_VALUE = 1024;

  private ExtensionHeaders() {}

  static Map<String, String> of(Request request) {
    Map<String, String> found = new LinkedHashMap<>();
    ListIterator<?> names = request.getHeaderNames();
    while (names != null && names.hasNext() && found.size() < MAX_HEADERS) {
      String name = String.valueOf(names.next());
      String lower = name.toLowerCase(Locale.ROOT);
      boolean wanted =
          lower.startsWith("x-") || lower.equals("call-info") || lower.equals("alert-info");
      if (!wanted || name.length() > 64) {
        continue;
      }
      Header header = request.getHeader(name);
      if (header != null && !found.containsKey(name)) {
        found.put(name, valueOf(header));
      }
    }
    return found;
  }

  private static String valueOf(Header header) {
    String text = header.toString();
    int colon = text.indexOf(':');
    String value = colon >= 0 ? text.substring(colon + 1) : "";
    value = value.replaceAll("\\p{Cntrl}", "").trim();
    return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
  }
}
