package org.switchboard.sip.internal.registrar;

import java.util.Arrays;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.Function;
import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;
import org.switchboard.core.Secret;

/**
 * Decides whether a REGISTER proves its user (RFC 3261 section 22, RFC 8760). Without a Digest
 * answer for our realm it is challenged; an answer to a nonce that is not fresh but right for the
 * password gets a fresh challenge with {@code stale=true}; a replayed nonce count gets a fresh
 * challenge; a wrong password, an unknown user or a user registering someone else's address gets
 * 403. Used on {@code sip-events}.
 */
final class RegisterAuth {
  /** What to do with a REGISTER. */
  enum Verdict {
    AUTHORIZED,
    CHALLENGE,
    CHALLENGE_STALE,
    FORBIDDEN
  }

  private final String realm;
  private final Nonces nonces;
  private final Function<String, Optional<Secret>> passwords;

  RegisterAuth(String realm, Nonces nonces, Function<String, Optional<Secret>> passwords) {
    this.realm = realm;
    this.nonces = nonces;
    this.passwords = passwords;
  }

  /** The verdict for {@code register}, whose address of record's user is {@code aorUser}. */
  Verdict check(Request register, String aorUser) {
    Optional<DigestCredentials> answer = answerForOurRealm(register);
    if (answer.isEmpty()) {
      return Verdict.CHALLENGE;
    }
    DigestCredentials credentials = answer.get();
    if (!credentials.username().equals(aorUser)) {
      return Verdict.FORBIDDEN;
    }
    Optional<Secret> password = lookUp(credentials.username());
    if (password.isEmpty()) {
      return Verdict.FORBIDDEN;
    }
    char[] secret = password.get().reveal();
    boolean right;
    try {
      right = DigestVerifier.matches(credentials, register.getMethod(), secret);
    } finally {
      Arrays.fill(secret, '\0');
    }
    if (!right) {
      return Verdict.FORBIDDEN;
    }
    if (nonces.stateOf(credentials.nonce()) != Nonces.State.FRESH) {
      return Verdict.CHALLENGE_STALE;
    }
    return nonces.use(credentials.nonce(), credentials.nonceCount())
        ? Verdict.AUTHORIZED
        : Verdict.CHALLENGE;
  }

  private Optional<Secret> lookUp(String user) {
    try {
      return passwords.apply(user);
    } catch (RuntimeException e) {
      // The service's lookup failed: the user cannot be proven now; the REGISTER is refused.
      return Optional.empty();
    }
  }

  private Optional<DigestCredentials> answerForOurRealm(Request register) {
    ListIterator<?> headers = register.getHeaders(AuthorizationHeader.NAME);
    while (headers != null && headers.hasNext()) {
      if (headers.next() instanceof AuthorizationHeader h) {
        Optional<DigestCredentials> c = DigestCredentials.of(h);
        if (c.isPresent() && c.get().realm().equals(realm)) {
          return c;
        }
      }
    }
    return Optional.empty();
  }
}
