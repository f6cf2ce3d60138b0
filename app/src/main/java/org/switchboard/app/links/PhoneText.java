package org.switchboard.app.links;

/**
 * The characters people and documents put into telephone numbers that are not part of the number:
 * visual separators ({@code " - . ( ) /"}, no-break and thin spaces) and invisible direction marks
 * (LRM, RLM, ALM and the embedding, override and isolate controls that right-to-left text wraps
 * numbers in). Digits of every script (Persian {@code ۰۹۱۲}, Arabic-Indic {@code ٠٩}) read as ASCII
 * digits. Pure functions; any thread.
 */
public final class PhoneText {
  private PhoneText() {}

  /** Whether {@code c} is an invisible direction mark or formatting character. */
  public static boolean isInvisibleMark(int c) {
    return c == 0x200E // LRM
        || c == 0x200F // RLM
        || c == 0x061C // ALM
        || c == 0x200B // zero-width space
        || c == 0x2060 // word joiner
        || c == 0xFEFF // byte order mark
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Whether {@code c} only separates groups of digits for the eye. */
  public static boolean isVisualSeparator(int c) {
    return c == '-'
        || c == '.'
        || c == '('
        || c == ')'
        || c == '/'
        || c == '\u2010' // hyphen
        || c == '\u2011' // non-breaking hyphen
        || c == '\u2012' // figure dash
        || c == '\u2013' // en dash
        || c == '\u2212' // minus sign
        || Character.isSpaceChar(c)
        || c == '\t';
  }

  /** The ASCII digit for a decimal digit of any script, or -1 when {@code c} is not one. */
  public static int asciiDigit(int c) {
    if (!Character.isDigit(c)) {
      return -1;
    }
    int value = Character.digit(c, 10);
    return value < 0 ? -1 : '0' + value;
  }

  /**
   * {@code text} without visual separators and invisible marks, its digits in ASCII; every other
   * character stays, so the caller can refuse it.
   */
  public static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (isInvisibleMark(c) || isVisualSeparator(c)) {
                return;
              }
              int digit = asciiDigit(c);
              out.appendCodePoint(digit >= 0 ? digit : c);
            });
    return out.toString();
  }
}
