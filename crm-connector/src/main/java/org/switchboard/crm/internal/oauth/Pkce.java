package org.switchboard.crm.internal.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.switchboard.core.Secret;

/**
 * A PKCE pair (RFC 7636): the verifier stays in the app until the code exchange; only the S256
 * challenge travels in the browser's address bar.
 *
 * @param verifier 64 characters drawn from the unreserved set (§4.1 allows 43 to 128)
 * @param challenge BASE64URL(SHA-256(ASCII(verifier))) without padding (§4.2)
 */
public record Pkce(Secret verifier, String challenge) {
  static final String METHOD = "S256";
  static final int VERIFIER_LENGTH = 64;
  private static final char[] UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".toCharArray();

  public static Pkce generate(SecureRandom random) {
    char[] verifier = new char[VERIFIER_LENGTH];
    for (int i = 0; i < verifier.length; i++) {
      verifier[i] = UNRESERVED[random.nextInt(UNRESERVED.length)];
    }
    Pkce pkce = new Pkce(Secret.of(verifier), challengeOf(verifier));
    java.util.Arrays.fill(verifier, '\0');
    return pkce;
  }

  /** The S256 challenge of {@code verifier}. */
  public static String challengeOf(char[] verifier) {
    byte[] ascii = new String(verifier).getBytes(StandardCharsets.US_ASCII);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(ascii);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(impossible);
    }
  }

  /** A random opaque value (state): 32 bytes of SecureRandom as base64url. */
  static String randomToken(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
