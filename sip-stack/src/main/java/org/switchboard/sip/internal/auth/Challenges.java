package org.switchboard.sip.internal.auth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sip.header.Header;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

/**
 * Reads the digest challenges of a 401 or 407 response. Challenges with another scheme, an unknown
 * algorithm or no realm/nonce are skipped. Used on {@code sip-events}.
 */
public final class Challenges {
  private Challenges() {}

  /** The usable digest challenges in {@code response}, possibly none. */
  public static List<DigestChallenge> of(Response response) {
    boolean proxy = response.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
    String name = proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME;
    List<DigestChallenge> found = new ArrayList<>();
    ListIterator<?> headers = response.getHeaders(name);
    while (headers != null && headers.hasNext()) {
      Object header = headers.next();
      if (header instanceof WWWAuthenticateHeader h) {
        read(h, proxy).ifPresent(found::add);
      } else if (header instanceof ProxyAuthenticateHeader h) {
        read(h, proxy).ifPresent(found::add);
      }
    }
    return found;
  }

  private static Optional<DigestChallenge> read(Header header, boolean proxy) {
    String scheme;
    String realm;
    String nonce;
    String opaque;
    String algorithm;
    String qop;
    boolean stale;
    if (header instanceof WWWAuthenticateHeader h) {
      scheme = h.getScheme();
      realm = h.getRealm();
      nonce = h.getNonce();
      opaque = h.getOpaque();
      algorithm = h.getAlgorithm();
      qop = h.getQop();
      stale = h.isStale();
    } else if (header instanceof ProxyAuthenticateHeader h) {
      scheme = h.getScheme();
      realm = h.getRealm();
      nonce = h.getNonce();
      opaque = h.getOpaque();
      algorithm = h.getAlgorithm();
      qop = h.getQop();
      stale = h.isStale();
    } else {
      return Optional.empty();
    }
    if (scheme == null || !scheme.equalsIgnoreCase("Digest") || realm == null || nonce == null) {
      return Optional.empty();
    }
    Optional<DigestAlgorithm> known = DigestAlgorithm.parse(algorithm);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DigestChallenge(realm, nonce, opaque, known.get(), qopSet(qop), stale, proxy));
  }

  private static Set<String> qopSet(String qop) {
    Set<String> values = new HashSet<>();
    if (qop != null) {
      for (String v : qop.split(",")) {
        if (!v.isBlank()) {
          values.add(v.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return values;
  }
}
