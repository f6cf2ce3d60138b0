package org.switchboard.app.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.switchboard.app.links.InvalidDialLinkException.Problem;

/** Percent-decoding of link text (UTF-8), refusing malformed escapes and control characters. */
final class Percent {
  private Percent() {}

  /**
   * {@code text} with its {@code %XX} escapes decoded.
   *
   * @throws InvalidDialLinkException with {@code malformed} for a broken escape or invalid UTF-8,
   *     and {@link Problem#BAD_CHARACTERS} when the result holds a control character
   */
  static String decode(String text, Problem malformed) {
    refuseControls(text);
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] != '%') {
        bytes.write(utf8[i]);
        continue;
      }
      if (i + 2 >= utf8.length) {
        throw new InvalidDialLinkException(malformed);
      }
      int high = Character.digit(utf8[i + 1], 16);
      int low = Character.digit(utf8[i + 2], 16);
      if (high < 0 || low < 0) {
        throw new InvalidDialLinkException(malformed);
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidDialLinkException(malformed);
    }
    refuseControls(decoded);
    return decoded;
  }

  /** Refuses C0/C1 controls and line or paragraph separators. */
  static void refuseControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new InvalidDialLinkException(Problem.BAD_CHARACTERS);
      }
    }
  }
}
