package org.switchboard.sip.internal.auth;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One digest challenge from a {@code WWW-Authenticate} (401) or {@code Proxy-Authenticate} (407)
 * header. Every field is untrusted text from the network.
 *
 * @param realm the protection realm
 * @param nonce the server's nonce
 * @param opaque echoed back unchanged when present
 * @param algorithm the hash to use
 * @param qop the offered qop values, lower case; empty for an RFC 2069 challenge
 * @param stale whether the server says only the nonce was out of date (RFC 7616 section 3.3)
 * @param proxy whether it came from a proxy (407) rather than the server itself (401)
 */
public record DigestChallenge(
    String realm,
    String nonce,
    @Nullable String opaque,
    DigestAlgorithm algorithm,
    Set<String> qop,
    boolean stale,
    boolean proxy) {
  public DigestChallenge {
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(algorithm, "algorithm");
    qop = Set.copyOf(qop);
  }

  /** The header the answer goes in. */
  public String answerHeaderName() {
    return proxy ? "Proxy-Authorization" : "Authorization";
  }
}
