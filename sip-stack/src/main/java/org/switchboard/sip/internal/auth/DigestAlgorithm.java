package org.switchboard.sip.internal.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The digest algorithms of RFC 7616 / RFC 8760, in order of increasing preference. */
public enum DigestAlgorithm {
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true),
  SHA_512_256("SHA-512-256", "SHA-512/256", false),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

  private final String token;
  private final String javaName;
  private final boolean session;

  DigestAlgorithm(String token, String javaName, boolean session) {
    this.token = token;
    this.javaName = javaName;
    this.session = session;
  }

  /**
   * The algorithm a challenge names; absent means MD5 (RFC 2617). Empty for an algorithm we do not
   * know.
   */
  public static Optional<DigestAlgorithm> parse(@Nullable String token) {
    if (token == null || token.isBlank()) {
      return Optional.of(MD5);
    }
    String wanted = token.trim().toUpperCase(Locale.ROOT);
    for (DigestAlgorithm a : values()) {
      if (a.token.toUpperCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The name in the {@code algorithm} parameter, e.g. {@code SHA-256}. */
  public String token() {
    return token;
  }

  /** Whether this is a {@code -sess} variant (HA1 includes the nonces). */
  public boolean session() {
    return session;
  }

  /** The lower-case hex hash of {@code text} (UTF-8). */
  public String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance(javaName);
      return HexFormat.of()
          .formatHex(digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(javaName + " is missing from this Java runtime", e);
    }
  }
}
