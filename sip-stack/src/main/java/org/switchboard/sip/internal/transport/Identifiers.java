package org.switchboard.sip.internal.transport;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random tags and nonces. Any thread. */
public final class Identifiers {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Identifiers() {}

  /** A From/To tag: 64 random bits in hex. */
  public static String newTag() {
    return randomHex(8);
  }

  /** {@code bytes} random bytes in lower-case hex. */
  public static String randomHex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  /** A random number in {@code [0, bound)}. */
  public static int randomBelow(int bound) {
    return RANDOM.nextInt(bound);
  }
}
