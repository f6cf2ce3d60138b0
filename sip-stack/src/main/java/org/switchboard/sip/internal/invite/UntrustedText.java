package org.switchboard.sip.internal.invite;

/**
 * Cleans text a peer chose (header values, display names) before it reaches listeners: control
 * characters (C0, DEL, C1) and Unicode format characters (bidi embeddings, overrides and isolates,
 * zero-width joiners, the BOM, which could reorder or hide what an agent sees) are removed, runs of
 * white space become one space, the ends are trimmed, and the result is cut to {@code max}
 * characters without splitting a surrogate pair. Pure.
 */
public final class UntrustedText {
  private UntrustedText() {}

  /** {@code text} cleaned and cut to at most {@code max} characters. */
  public static String clean(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED) {
        continue;
      }
      int needed = Character.charCount(cp) + (space ? 1 : 0);
      if (out.length() + needed > max) {
        break;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
