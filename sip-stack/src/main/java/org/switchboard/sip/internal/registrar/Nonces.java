package org.switchboard.sip.internal.registrar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The registrar's nonces. A nonce is its issue time, a random part and an HMAC of both under a key
 * made at start, so the registrar tells its own fresh nonces from old or forged ones without
 * remembering what it issued. Only the highest nonce count accepted per nonce is remembered (to
 * refuse a replayed {@code nc}), for nonces still fresh and at most {@link #MAX_TRACKED} of them.
 * Used on {@code sip-events}.
 */
final class Nonces {
  /** Nonce counts remembered at most; beyond it a nonce's first use gets a fresh challenge. */
  static final int MAX_TRACKED = 20_000;

  /** What a nonce is now. */
  enum State {
    FRESH,
    /** Ours but older than the lifetime. */
    EXPIRED,
    /** Not made with our key (another start, or invented). */
    UNKNOWN
  }

  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];
  private final Map<String, Long> highestCount = new HashMap<>();

  Nonces(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
    random.nextBytes(key);
  }

  /** A new nonce. */
  String issue() {
    byte[] salt = new byte[8];
    random.nextBytes(salt);
    String body = Long.toHexString(clock.millis()) + "-" + HexFormat.of().formatHex(salt);
    return body + "-" + mac(body);
  }

  State stateOf(String nonce) {
    int last = nonce.lastIndexOf('-');
    int first = nonce.indexOf('-');
    if (first <= 0 || last <= first) {
      return State.UNKNOWN;
    }
    String body = nonce.substring(0, last);
    byte[] given = nonce.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, mac(body).getBytes(StandardCharsets.US_ASCII))) {
      return State.UNKNOWN;
    }
    long issued;
    try {
      issued = Long.parseLong(nonce.substring(0, first), 16);
    } catch (NumberFormatException e) {
      return State.UNKNOWN;
    }
    long age = clock.millis() - issued;
    return age >= 0 && age < lifetime.toMillis() ? State.FRESH : State.EXPIRED;
  }

  /**
   * Records {@code count} as used with the fresh {@code nonce}; false when it is not above the
   * highest count already accepted (a replay), or when no more nonces can be tracked.
   */
  boolean use(String nonce, long count) {
    Long highest = highestCount.get(nonce);
    if (highest != null && count <= highest) {
      return false;
    }
    if (highest == null && highestCount.size() >= MAX_TRACKED) {
      forgetExpired();
      if (highestCount.size() >= MAX_TRACKED) {
        return false;
      }
    }
    highestCount.put(nonce, count);
    return true;
  }

  /** Drops the counts of nonces no longer fresh (their answers are refused anyway). */
  void forgetExpired() {
    for (Iterator<String> it = highestCount.keySet().iterator(); it.hasNext(); ) {
      if (stateOf(it.next()) != State.FRESH) {
        it.remove();
      }
    }
  }

  int tracked() {
    return highestCount.size();
  }

  private String mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(full, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }
}
