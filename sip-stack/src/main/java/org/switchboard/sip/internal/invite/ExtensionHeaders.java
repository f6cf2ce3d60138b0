package org.switchboard.sip.internal.invite;

import java.util.LinkedHashMap;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sip.header.Header;
import javax.sip.message.Request;

/**
 * The {@code X-} headers of a request, and the {@code Call-Info} and {@code Alert-Info} headers a
 * server uses to ask for auto-answer, as untrusted text. The rule: names must be 1-64 token
 * characters; values are cleaned by {@link UntrustedText} (no control or bidi/format characters)
 * and cut to 1024 characters; at most 32 headers are kept, the first value of each name. Pure.
 */
final class ExtensionHeaders {
  static final int MAX_HEADERS = 32;
  static final int MAX_VALUE = 1024;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9!%*_+`'~.\\-]{1,64}");

  private ExtensionHeaders() {}

  static Map<String, String> of(Request request) {
    Map<String, String> found = new LinkedHashMap<>();
    ListIterator<?> names = request.getHeaderNames();
    while (names != null && names.hasNext() && found.size() < MAX_HEADERS) {
      String name = String.valueOf(names.next());
      if (!wanted(name) || found.containsKey(name)) {
        continue;
      }
      Header header = request.getHeader(name);
      if (header != null) {
        found.put(name, valueOf(header));
      }
    }
    return found;
  }

  private static boolean wanted(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean interesting =
        lower.startsWith("x-") || lower.equals("call-info") || lower.equals("alert-info");
    return interesting && NAME.matcher(name).matches();
  }

  private static String valueOf(Header header) {
    String text = header.toString();
    int colon = text.indexOf(':');
    return UntrustedText.clean(colon >= 0 ? text.substring(colon + 1) : "", MAX_VALUE);
  }
}
