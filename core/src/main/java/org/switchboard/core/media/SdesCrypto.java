package org.switchboard.core.media;

import java.util.Base64;
import java.util.Objects;

/**
 * One RFC 4568 {@code a=crypto} attribute: a tag, a suite and one inline master key. Only what we
 * use is supported: one key, no MKI, no session parameters (a lifetime is accepted and ignored).
 *
 * <p>Holds a secret: {@link #toString()} never shows the key; only {@link #attributeValue()} does,
 * for the SDP itself.
 *
 * @param tag the attribute's tag (1-999999999), which the answer repeats
 * @param suite the crypto suite
 * @param keyAndSalt the master key followed by the master salt, base64 ({@code inline:} value)
 */
public record SdesCrypto(int tag, SrtpSuite suite, String keyAndSalt) {
  public SdesCrypto {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(keyAndSalt, "keyAndSalt");
    if (tag < 0 || tag > 999_999_999) {
      throw new IllegalArgumentException("crypto tag must be 0-999999999, was " + tag);
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(keyAndSalt);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("crypto key is not base64", e);
    }
    int expected = suite.masterKeyLength() + suite.masterSaltLength();
    if (raw.length != expected) {
      throw new IllegalArgumentException(
          "crypto key for " + suite + " must be " + expected + " bytes, was " + raw.length);
    }
  }

  /**
   * Parses the value of an {@code a=crypto} attribute ({@code <tag> <suite>
   * inline:<key>[|<life>]}).
   *
   * @throws IllegalArgumentException naming what is unsupported or malformed (never quoting the
   *     key)
   */
  public static SdesCrypto parse(String value) {
    String[] parts = value.trim().split("\\s+");
    if (parts.length < 3) {
      throw new IllegalArgumentException("crypto attribute needs a tag, a suite and a key");
    }
    if (parts.length > 3) {
      throw new IllegalArgumentException("crypto session parameters are not supported");
    }
    if (!parts[0].matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException("crypto tag is not a number");
    }
    SrtpSuite suite =
        SrtpSuite.byName(parts[1])
            .orElseThrow(
                () -> new IllegalArgumentException("unsupported crypto suite " + safe(parts[1])));
    if (parts[2].indexOf(';') >= 0) {
      throw new IllegalArgumentException("more than one crypto key is not supported");
    }
    if (!parts[2].startsWith("inline:")) {
      throw new IllegalArgumentException("crypto key method must be inline");
    }
    String[] key = parts[2].substring("inline:".length()).split("\\|");
    if (key.length > 2 || (key.length == 2 && key[1].contains(":"))) {
      throw new IllegalArgumentException("crypto key MKI is not supported");
    }
    return new SdesCrypto(Integer.parseInt(parts[0]), suite, key[0]);
  }

  private static String safe(String text) {
    return text.length() > 40 || !text.matches("[A-Za-z0-9_]*") ? "(malformed)" : text;
  }

  /** This attribute with another tag (an answer repeats the tag of the offer it accepts). */
  public SdesCrypto withTag(int newTag) {
    return new SdesCrypto(newTag, suite, keyAndSalt);
  }

  /** The value for the SDP: {@code <tag> <suite> inline:<key>}. Contains the secret. */
  public String attributeValue() {
    return tag + " " + suite.name() + " inline:" + keyAndSalt;
  }

  /** The master key and salt as bytes. */
  public byte[] keyAndSaltBytes() {
    return Base64.getDecoder().decode(keyAndSalt);
  }

  @Override
  public String toString() {
    return "SdesCrypto[" + tag + " " + suite + " inline:(redacted)]";
  }
}
