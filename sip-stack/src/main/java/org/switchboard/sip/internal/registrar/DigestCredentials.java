package org.switchboard.sip.internal.registrar;

import java.util.Locale;
import java.util.Optional;
import javax.sip.header.AuthorizationHeader;
import org.jspecify.annotations.Nullable;
import org.switchboard.sip.internal.auth.DigestAlgorithm;

/**
 * The digest answer in a request's {@code Authorization} header, as the client sent it. Every field
 * is untrusted text. Pure.
 *
 * @param username the digest user name
 * @param realm the realm answered
 * @param nonce the nonce answered
 * @param uri the {@code uri} parameter exactly as sent (it is what the client hashed)
 * @param response the client's response hash, lower case
 * @param algorithm the algorithm used
 * @param cnonce the client nonce
 * @param nonceCount the {@code nc} value
 * @param qop the qop used; we accept only {@code auth}
 * @param opaque the opaque value echoed, if any
 */
record DigestCredentials(
    String username,
    String realm,
    String nonce,
    String uri,
    String response,
    DigestAlgorithm algorithm,
    String cnonce,
    long nonceCount,
    String qop,
    @Nullable String opaque) {

  /**
   * The credentials in {@code header}, empty when it is not a complete Digest answer with qop=auth
   * and an algorithm we know (such a request is simply challenged again).
   */
  static Optional<DigestCredentials> of(AuthorizationHeader header) {
    String scheme = header.getScheme();
    if (scheme == null || !scheme.equalsIgnoreCase("Digest")) {
      return Optional.empty();
    }
    String username = param(header, "username");
    String realm = param(header, "realm");
    String nonce = param(header, "nonce");
    String uri = param(header, "uri");
    String response = param(header, "response");
    String cnonce = param(header, "cnonce");
    String nc = param(header, "nc");
    String qop = param(header, "qop");
    Optional<DigestAlgorithm> algorithm = DigestAlgorithm.parse(param(header, "algorithm"));
    if (username == null
        || realm == null
        || nonce == null
        || uri == null
        || response == null
        || cnonce == null
        || nc == null
        || qop == null
        || !qop.equalsIgnoreCase("auth")
        || algorithm.isEmpty()
        || algorithm.get().session()) {
      return Optional.empty();
    }
    long count;
    try {
      count = Long.parseLong(nc, 16);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (nc.length() != 8 || count < 1) {
      return Optional.empty();
    }
    return Optional.of(
        new DigestCredentials(
            username,
            realm,
            nonce,
            uri,
            response.toLowerCase(Locale.ROOT),
            algorithm.get(),
            cnonce,
            count,
            "auth",
            param(header, "opaque")));
  }

  private static @Nullable String param(AuthorizationHeader header, String name) {
    String value = header.getParameter(name);
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  @Override
  public String toString() {
    return "DigestCredentials[" + username + ", " + algorithm.token() + ", response hidden]";
  }
}
