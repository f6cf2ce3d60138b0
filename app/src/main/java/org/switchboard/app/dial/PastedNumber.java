package org.switchboard.app.dial;

import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.InvalidDialLinkException;
import org.switchboard.app.links.PhoneText;

/**
 * Cleans text pasted into the number field: a number copied from a web page, a mail signature or a
 * CRM ({@code "Tel.: +49 (0)30 123 45-67"}, {@code "tel:+1-201-555-0123"}, a Persian number wrapped
 * in direction marks) becomes the bare number ({@code +49301234567}). Labels before the number go;
 * the number ends at the first letter after it ({@code "… 4567 ext. 89"}). A pasted {@code sip:}
 * address is kept as the address. Pure functions; any thread.
 */
final class PastedNumber {
  /** Longest text looked at; a larger paste is not a phone number. */
  static final int MAX_PASTE = 256;

  private PastedNumber() {}

  /** The number (or SIP address) in {@code pasted}; empty when there is none. */
  static String clean(String pasted) {
    String text =
        withoutMarks(pasted.length() > MAX_PASTE ? pasted.substring(0, MAX_PASTE) : pasted).strip();
    var scheme = DialLink.schemeOf(text);
    if (scheme.isPresent()) {
      try {
        DialLink link = DialLink.parse(text);
        return link.target();
      } catch (InvalidDialLinkException e) {
        if (scheme.get() != DialLink.Scheme.TEL) {
          return "";
        }
        text = text.substring(text.indexOf(':') + 1);
      }
    }
    return digits(withoutTrunkZero(text));
  }

  /** Keeps digits (as ASCII), a leading {@code +}, {@code *} and {@code #}. */
  private static String digits(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int digit = PhoneText.asciiDigit(c);
      if (digit >= 0 || c == '*' || c == '#') {
        out.append((char) (digit >= 0 ? digit : c));
      } else if (c == '+' && out.length() == 0) {
        out.append('+');
      } else if (Character.isLetter(c) && hasDigit(out)) {
        break; // "ext. 89", "mobile", "or": the number is over
      }
    }
    return out.toString();
  }

  private static boolean hasDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code +49 (0)30 ...}: the bracketed trunk zero is not dialled after a country code. */
  private static String withoutTrunkZero(String text) {
    return text.indexOf('+') >= 0 ? text.replaceFirst("\\(\\s*0\\s*\\)", "") : text;
  }

  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !PhoneText.isInvisibleMark(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
