package org.switchboard.sip;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.switchboard.core.Secret;

/**
 * The registrar of a {@link SipUserAgent} started as a service: who may register and for how long.
 * See docs/adr/0028-sip-service-mode-and-registrar.md.
 *
 * @param passwords the digest password of a user, empty for a user who may not register; called on
 *     {@code sip-events} for each authenticated REGISTER and must return quickly (back it with the
 *     service's configuration in memory)
 * @param minExpires the shortest binding accepted, seconds; a shorter one gets 423 Interval Too
 *     Brief with Min-Expires
 * @param maxExpires the longest binding granted, seconds; longer ones are shortened to it
 * @param defaultExpires the lifetime of a binding that names none, seconds
 * @param nonceLifetimeSeconds how long a nonce is good for; an answer to an older one gets a fresh
 *     challenge with {@code stale=true}
 * @param digestAlgorithms the challenges sent, most preferred first: {@code SHA-256} and/or {@code
 *     MD5} (RFC 8760). Some clients (sipp, older phones) read only the first challenge: list {@code
 *     MD5} first or alone for them.
 */
public record SipRegistrarSettings(
    Function<String, Optional<Secret>> passwords,
    int minExpires,
    int maxExpires,
    int defaultExpires,
    int nonceLifetimeSeconds,
    List<String> digestAlgorithms) {

  private static final Set<String> KNOWN_ALGORITHMS = Set.of("SHA-256", "MD5");

  /**
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public SipRegistrarSettings {
    Objects.requireNonNull(passwords, "passwords");
    digestAlgorithms = List.copyOf(digestAlgorithms);
    if (minExpires < 1) {
      throw new IllegalArgumentException("minExpires must be at least 1, was " + minExpires);
    }
    if (maxExpires < minExpires) {
      throw new IllegalArgumentException(
          "maxExpires (" + maxExpires + ") must not be below minExpires (" + minExpires + ")");
    }
    if (defaultExpires < minExpires || defaultExpires > maxExpires) {
      throw new IllegalArgumentException(
          "defaultExpires must lie in minExpires..maxExpires, was " + defaultExpires);
    }
    if (nonceLifetimeSeconds < 1) {
      throw new IllegalArgumentException(
          "nonceLifetimeSeconds must be at least 1, was " + nonceLifetimeSeconds);
    }
    if (digestAlgorithms.isEmpty()
        || !KNOWN_ALGORITHMS.containsAll(digestAlgorithms)
        || Set.copyOf(digestAlgorithms).size() != digestAlgorithms.size()) {
      throw new IllegalArgumentException(
          "digestAlgorithms must list SHA-256 and/or MD5 once each, was " + digestAlgorithms);
    }
  }

  /**
   * Bindings of 60 s to 1 h (1 h by default), nonces good for 5 minutes, SHA-256 then MD5
   * challenges.
   */
  public static SipRegistrarSettings defaults(Function<String, Optional<Secret>> passwords) {
    return new SipRegistrarSettings(passwords, 60, 3600, 3600, 300, List.of("SHA-256", "MD5"));
  }

  public SipRegistrarSettings withExpires(int min, int max, int byDefault) {
    return new SipRegistrarSettings(
        passwords, min, max, byDefault, nonceLifetimeSeconds, digestAlgorithms);
  }

  public SipRegistrarSettings withNonceLifetimeSeconds(int seconds) {
    return new SipRegistrarSettings(
        passwords, minExpires, maxExpires, defaultExpires, seconds, digestAlgorithms);
  }

  public SipRegistrarSettings withDigestAlgorithms(List<String> algorithms) {
    return new SipRegistrarSettings(
        passwords, minExpires, maxExpires, defaultExpires, nonceLifetimeSeconds, algorithms);
  }
}
