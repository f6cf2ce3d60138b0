package org.switchboard.sip.internal.timer;

import java.text.ParseException;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the RFC 4028 headers (Session-Expires, Min-SE, the {@code timer} option tag) and
 * the Allow list that tells whether a peer takes UPDATE. Peer values are untrusted: malformed ones
 * read as absent.
 */
final class SessionHeaders {
  static final String SESSION_EXPIRES = "Session-Expires";
  static final String MIN_SE = "Min-SE";
  static final String TIMER = "timer";

  /** What we support, for the Supported headers of every INVITE, re-INVITE, UPDATE and 2xx. */
  static final List<String> OUR_OPTIONS = List.of("replaces", "timer");

  private SessionHeaders() {}

  static @Nullable SessionInterval sessionExpires(Message message) {
    Header header = message.getHeader(SESSION_EXPIRES);
    if (header == null) {
      header = message.getHeader("x"); // the compact form
    }
    return header == null ? null : SessionInterval.parse(valueOf(header)).orElse(null);
  }

  /** The Min-SE in seconds, 0 when absent or malformed. */
  static int minSe(Message message) {
    Header header = message.getHeader(MIN_SE);
    if (header == null) {
      return 0;
    }
    return SessionInterval.parse(valueOf(header)).map(SessionInterval::seconds).orElse(0);
  }

  /** Whether {@code name}'s comma-separated values in {@code message} include {@code token}. */
  static boolean lists(Message message, String name, String token) {
    ListIterator<?> headers = message.getHeaders(name);
    while (headers != null && headers.hasNext()) {
      Object next = headers.next();
      if (next instanceof Header header) {
        for (String item : valueOf(header).split(",")) {
          if (item.trim().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static void setSessionExpires(Message message, HeaderFactory headers, SessionInterval value)
      throws ParseException {
    message.setHeader(headers.createHeader(SESSION_EXPIRES, value.headerValue()));
  }

  static void setMinSe(Message message, HeaderFactory headers, int seconds) throws ParseException {
    message.setHeader(headers.createHeader(MIN_SE, Integer.toString(seconds)));
  }

  static void setSupported(Message message, HeaderFactory headers) throws ParseException {
    message.removeHeader("Supported");
    for (String option : OUR_OPTIONS) {
      message.addHeader(headers.createSupportedHeader(option));
    }
  }

  static void requireTimer(Message message, HeaderFactory headers) throws ParseException {
    message.setHeader(headers.createHeader("Require", TIMER));
  }

  /** The text after the colon of a header's wire form. */
  static String valueOf(Header header) {
    String text = header.toString().trim();
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(colon + 1).trim();
  }
}
