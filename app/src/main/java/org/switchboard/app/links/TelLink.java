package org.switchboard.app.links;

import java.util.Locale;
import java.util.regex.Pattern;
import org.switchboard.app.links.InvalidDialLinkException.Problem;

/**
 * The number of a {@code tel:} link (RFC 3966). Visual separators and direction marks go; a local
 * number with a numeric {@code phone-context} ({@code tel:863-1234;phone-context=+1-914-555}) gets
 * the context's digits in front; with a domain context ({@code phone-context=example.com}) it stays
 * as written, as an extension. Other parameters ({@code ext}, {@code isub}) are ignored.
 */
final class TelLink {
  private static final Pattern GLOBAL = Pattern.compile("\\+[0-9]{3,15}");
  private static final Pattern LOCAL = Pattern.compile("[0-9*#]{1,32}");
  private static final Pattern CONTEXT_DIGITS = Pattern.compile("\\+[0-9]{1,14}");
  private static final Pattern DOMAIN = Pattern.compile(SipLink.DOMAIN);

  private TelLink() {}

  /** The number in {@code rest}, the text after {@code tel:}. */
  static String number(String rest) {
    String decoded = Percent.decode(stripSlashes(rest), Problem.BAD_NUMBER);
    String[] parts = decoded.split(";", -1);
    String number = PhoneText.compact(parts[0]);
    String context = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i];
      int equals = parameter.indexOf('=');
      String name = (equals < 0 ? parameter : parameter.substring(0, equals)).strip();
      if (name.toLowerCase(Locale.ROOT).equals("phone-context") && equals > 0) {
        context = parameter.substring(equals + 1).strip();
      }
    }
    if (number.startsWith("+")) {
      return checked(number, GLOBAL);
    }
    checked(number, LOCAL);
    if (context == null) {
      return number;
    }
    String contextDigits = PhoneText.compact(context);
    if (CONTEXT_DIGITS.matcher(contextDigits).matches()) {
      return checked(contextDigits + number, GLOBAL);
    }
    if (DOMAIN.matcher(context).matches()) {
      return number;
    }
    throw new InvalidDialLinkException(Problem.BAD_NUMBER);
  }

  /** Browsers and mail programs sometimes write {@code tel://+49...}. */
  private static String stripSlashes(String rest) {
    return rest.startsWith("//") ? rest.substring(2) : rest;
  }

  private static String checked(String number, Pattern form) {
    if (!form.matcher(number).matches()) {
      throw new InvalidDialLinkException(Problem.BAD_NUMBER);
    }
    return number;
  }
}
