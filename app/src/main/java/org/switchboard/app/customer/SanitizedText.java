package org.switchboard.app.customer;

import org.jspecify.annotations.Nullable;

/**
 * Makes untrusted text (from a CRM, a directory or signalling) safe to put in a {@code Label}: bidi
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are removed, so a name
 * cannot reverse or reorder the text around it ("Trojan Source" style spoofing), and other control
 * characters become spaces. Joiners (ZWNJ, ZWJ) stay: Persian spelling needs them. The text is
 * never interpreted as markup; views show it only through {@code Label} and {@code Text}.
 */
public final class SanitizedText {
  /** Longest one-line text kept (names, titles); longer text ends in an ellipsis. */
  static final int LINE_LIMIT = 200;

  /** Longest multi-line text kept (notes). */
  static final int BLOCK_LIMIT = 2000;

  private static final char ELLIPSIS = '…';

  private SanitizedText() {}

  /** {@code text} as one line: line breaks and other controls become spaces; null becomes "". */
  public static String line(@Nullable String text) {
    return clean(text, false, LINE_LIMIT);
  }

  /** {@code text} keeping its line breaks (for notes); null becomes "". */
  public static String block(@Nullable String text) {
    return clean(text, true, BLOCK_LIMIT);
  }

  /** Whether {@code c} is an explicit bidi embedding, override or isolate control. */
  static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String clean(@Nullable String text, boolean keepLineBreaks, int limit) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit + 1));
    String normalised = text.replace("\r\n", "\n");
    for (int i = 0; i < normalised.length(); ) {
      int c = normalised.codePointAt(i);
      i += Character.charCount(c);
      if (isBidiControl(c)) {
        continue;
      }
      if (c == '\n' && keepLineBreaks) {
        out.append('\n');
      } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(' ');
      } else {
        out.appendCodePoint(c);
      }
      if (out.length() > limit) {
        return truncate(out, limit);
      }
    }
    return out.toString().strip();
  }

  private static String truncate(StringBuilder out, int limit) {
    int end = limit;
    // Never cut a surrogate pair in half.
    if (Character.isHighSurrogate(out.charAt(end - 1))) {
      end--;
    }
    return out.substring(0, end).strip() + ELLIPSIS;
  }
}
