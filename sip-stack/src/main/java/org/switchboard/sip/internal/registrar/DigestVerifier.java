package org.switchboard.sip.internal.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.switchboard.sip.internal.auth.DigestAnswer;
import org.switchboard.sip.internal.auth.DigestChallenge;

/**
 * Checks a client's digest response (RFC 2617 section 3.2.2, RFC 7616, RFC 8760) by computing the
 * expected one with the client side's code ({@link DigestAnswer}) and comparing in constant time.
 * Pure; any thread.
 */
final class DigestVerifier {
  private DigestVerifier() {}

  /** Whether {@code credentials} answer for {@code method} with {@code password}. */
  static boolean matches(DigestCredentials credentials, String method, char[] password) {
    DigestChallenge asked =
        new DigestChallenge(
            credentials.realm(),
            credentials.nonce(),
            credentials.opaque(),
            credentials.algorithm(),
            Set.of(credentials.qop()),
            false,
            false);
    DigestAnswer expected =
        DigestAnswer.compute(
            asked,
            credentials.username(),
            password,
            method,
            credentials.uri(),
            credentials.cnonce(),
            credentials.nonceCount());
    return MessageDigest.isEqual(
        expected.response().getBytes(StandardCharsets.US_ASCII),
        credentials.response().getBytes(StandardCharsets.US_ASCII));
  }
}
