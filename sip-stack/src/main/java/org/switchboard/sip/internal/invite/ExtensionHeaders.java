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
public final class ExtensionHeaders {
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

  /**
   * Checks headers an application wants to add to an outgoing INVITE (such as the queue service's
   * interaction id): at most {@link #MAX_HEADERS}, each named {@code X-} plus token characters,
   * with a value of at most {@link #MAX_VALUE} characters and no control characters (which would
   * let a value inject headers).
   *
   * @throws IllegalArgumentException naming the first header that breaks the rule
   */
  public static void checkOutgoing(Map<String, String> headers) {
    if (headers.size() > MAX_HEADERS) {
      throw new IllegalArgumentException(
          "at most " + MAX_HEADERS + " extra headers, not " + headers.size());
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey();
      if (!name.toLowerCase(Locale.ROOT).startsWith("x-") || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "extra header '" + name + "' must be named X- followed by token characters");
      }
      String value = header.getValue();
      if (value.length() > MAX_VALUE || value.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "extra header "
                + name
                + " needs a value of at most "
                + MAX_VALUE
                + " characters without control characters");
      }
    }
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
