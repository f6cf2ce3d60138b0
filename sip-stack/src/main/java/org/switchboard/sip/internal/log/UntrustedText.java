package org.switchboard.sip.internal.log;

/**
 * Makes text from the network (display names, URIs, header values) safe to hand to listeners and
 * logs: control characters (which forge log lines and ring terminals) and the Unicode direction
 * controls (which make {@code evil.com/moc.knab} read as something else, CVE-2021-42574) are
 * removed, and the length is bounded. Pure; any thread.
 */
public final class UntrustedText {
  private UntrustedText() {}

  /** {@code text} without control or direction characters, trimmed, at most {@code max} chars. */
  public static String clean(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) && !isDirectionControl(c)) {
        out.append(c);
      }
    }
    if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1); // never leave half a character at the cut
    }
    return out.toString().trim();
  }

  /** LRM, RLM, ALM, the embeddings and overrides (U+202A-E) and the isolates (U+2066-9). */
  static boolean isDirectionControl(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
