package org.switchboard.queue.service.api;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as the configuration stores them: {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in unpadded base64, PBKDF2 with
 * HMAC-SHA-256 from the JDK. Verification reads the iterations from the stored hash, so raising
 * {@link #DEFAULT_ITERATIONS} later does not invalidate existing hashes. Thread-safe.
 */
public final class PasswordHashes {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashes() {}

  /** A new hash of {@code password} with a random salt and the default iterations. */
  public static String hash(char[] password) {
    return hash(password, DEFAULT_ITERATIONS);
  }

  /** A new hash of {@code password} with a random salt and {@code iterations}. */
  public static String hash(char[] password, int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(password, salt, iterations, HASH_BITS));
  }

  /**
   * Whether {@code password} matches {@code stored}, compared in constant time.
   *
   * @throws IllegalArgumentException when {@code stored} is not in this class's format (the message
   *     names the problem, never the hash)
   */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException(
          "a password hash must look like " + SCHEME + "$n$salt$hash");
    }
    int iterations;
    byte[] salt;
    byte[] expected;
    try {
      iterations = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a password hash has a bad iteration count or base64", e);
    }
    if (iterations < 1 || expected.length == 0) {
      throw new IllegalArgumentException("a password hash has no iterations or no hash");
    }
    byte[] actual = derive(password, salt, iterations, expected.length * 8);
    return MessageDigest.isEqual(actual, expected);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
