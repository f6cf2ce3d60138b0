package org.switchboard.app.agent;

import java.time.Duration;
import java.time.format.DecimalStyle;
import org.switchboard.app.i18n.Language;

/** Formats how long something has lasted as a clock reading, in the language's digits. */
final class ElapsedTime {
  /** Left-to-right isolate: keeps a number's order inside right-to-left text. */
  static final char LRI = '\u2066';

  /** Pop directional isolate, closing {@link #LRI}. */
  static final char PDI = '\u2069';

  private ElapsedTime() {}

  /**
   * {@code mm:ss} under an hour, {@code h:mm:ss} from an hour on; negative durations (a clock
   * behind the session's) read as zero.
   */
  static String format(Duration elapsed, Language language) {
    long seconds = Math.max(0, elapsed.getSeconds());
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long secs = seconds % 60;
    String ascii =
        hours > 0
            ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
            : String.format(java.util.Locale.ROOT, "%02d:%02d", minutes, secs);
    return localDigits(ascii, language);
  }

  /**
   * {@code text} wrapped in a left-to-right isolate when {@code language} is written right to left,
   * so a number keeps its order inside the sentence. Left-to-right languages need no isolate, and
   * system fonts would draw the controls as boxes there.
   */
  static String isolated(String text, Language language) {
    return language.rightToLeft() ? LRI + text + PDI : text;
  }

  private static String localDigits(String ascii, Language language) {
    char zero = DecimalStyle.of(language.locale()).getZeroDigit();
    if (zero == '0') {
      return ascii;
    }
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return out.toString();
  }
}
