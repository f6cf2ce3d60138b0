package org.switchboard.app.call;

import java.time.Duration;
import java.time.format.DecimalStyle;
import java.util.Locale;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.call.RemoteParty;

/**
 * Text the call panel builds from calls: names and addresses made safe, numbers isolated left to
 * right inside sentences, durations in the language's digits. Pure functions; any thread.
 */
final class CallTexts {
  /** Left-to-right isolate: what follows, up to {@link #PDI}, reads left to right in any text. */
  static final char LRI = '\u2066';

  /** Pop directional isolate: ends an {@link #LRI}. */
  static final char PDI = '\u2069';

  private CallTexts() {}

  /**
   * A number, address or other left-to-right text to be put in a sentence; {@link #isolated(String,
   * Language)} isolates it when the sentence reads right to left.
   */
  record LeftToRight(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * {@code text} isolated left to right when {@code language} is written right to left, so that a
   * number's "+" or an English error stays in place; as it is otherwise (left-to-right text needs
   * no isolation, and some fonts draw the isolate controls as boxes).
   */
  static String isolated(String text, Language language) {
    return text.isEmpty() || !language.rightToLeft() ? text : LRI + text + PDI;
  }

  /** {@code args} for a sentence in {@code language}: {@link LeftToRight} ones isolated. */
  static Object[] forSentence(Object[] args, Language language) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof LeftToRight) {
        out[i] = isolated(((LeftToRight) out[i]).text(), language);
      }
    }
    return out;
  }

  /** The name the party sent, sanitised; empty when none. */
  static String name(RemoteParty party) {
    return SanitizedText.line(party.name().orElse(""));
  }

  /**
   * What to show as the party's address, sanitised: the number when the URI holds one, else the
   * URI's user part ({@code 2001} of {@code sip:2001@example.com}), else the whole URI.
   */
  static String address(RemoteParty party) {
    if (party.number() != null) {
      return party.number().value();
    }
    String uri = party.uri();
    int colon = uri.indexOf(':');
    String rest = colon >= 0 ? uri.substring(colon + 1) : uri;
    int at = rest.indexOf('@');
    String user = at > 0 ? rest.substring(0, at) : rest;
    return SanitizedText.line(user.isEmpty() ? uri : user);
  }

  /**
   * {@code elapsed} as {@code m:ss} or {@code h:mm:ss} in the language's digits; never negative.
   */
  static String duration(Duration elapsed, Language language) {
    long seconds = Math.max(0, elapsed.getSeconds());
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    String text =
        h > 0
            ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
            : String.format(Locale.ROOT, "%02d:%02d", m, s);
    return digits(text, language);
  }

  /** {@code text} with its ASCII digits written in the language's digits (Persian: ۰۱۲…). */
  static String digits(String text, Language language) {
    char zero = DecimalStyle.of(language.locale()).getZeroDigit();
    if (zero == '0') {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return out.toString();
  }
}
