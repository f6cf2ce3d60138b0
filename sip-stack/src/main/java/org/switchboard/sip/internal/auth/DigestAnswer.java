package org.switchboard.sip.internal.auth;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Computes a digest response (RFC 2617 section 3.2.2, RFC 7616 section 3.4) and formats the header
 * value carrying it. Pure; any thread. The password is used only inside {@link #compute}.
 *
 * @param challenge what the server asked
 * @param username the digest user name
 * @param method the SIP method of the request
 * @param digestUri the Request-URI, as sent
 * @param cnonce our client nonce; used only with qop
 * @param nonceCount how often this nonce has been used, from 1; used only with qop
 * @param response the computed response hash
 */
public record DigestAnswer(
    DigestChallenge challenge,
    String username,
    String method,
    String digestUri,
    String cnonce,
    long nonceCount,
    @Nullable String qop,
    String response) {

  /**
   * Answers {@code challenge}. Uses qop=auth when the server offers it, else the RFC 2069 form.
   *
   * @throws IllegalArgumentException when the server offers only qop values we do not support
   *     (auth-int)
   */
  public static DigestAnswer compute(
      DigestChallenge challenge,
      String username,
      char[] password,
      String method,
      String digestUri,
      String cnonce,
      long nonceCount) {
    @Nullable String qop = chooseQop(challenge);
    DigestAlgorithm h = challenge.algorithm();
    String ha1 = h.hash(username + ":" + challenge.realm() + ":" + new String(password));
    if (h.session()) {
      ha1 = h.hash(ha1 + ":" + challenge.nonce() + ":" + cnonce);
    }
    String ha2 = h.hash(method + ":" + digestUri);
    String response =
        qop == null
            ? h.hash(ha1 + ":" + challenge.nonce() + ":" + ha2)
            : h.hash(
                ha1
                    + ":"
                    + challenge.nonce()
                    + ":"
                    + formatNonceCount(nonceCount)
                    + ":"
                    + cnonce
                    + ":"
                    + qop
                    + ":"
                    + ha2);
    return new DigestAnswer(
        challenge, username, method, digestUri, cnonce, nonceCount, qop, response);
  }

  private static @Nullable String chooseQop(DigestChallenge challenge) {
    if (challenge.qop().isEmpty()) {
      return null;
    }
    if (challenge.qop().contains("auth")) {
      return "auth";
    }
    throw new IllegalArgumentException("the server offers only qop values other than auth");
  }

  /** The nc value: eight lower-case hex digits (RFC 7616 section 3.4). */
  public static String formatNonceCount(long count) {
    return String.format(Locale.ROOT, "%08x", count);
  }

  /** The value of the Authorization / Proxy-Authorization header. */
  public String headerValue() {
    StringBuilder b = new StringBuilder("Digest ");
    b.append("username=").append(quote(username));
    b.append(", realm=").append(quote(challenge.realm()));
    b.append(", nonce=").append(quote(challenge.nonce()));
    b.append(", uri=").append(quote(digestUri));
    b.append(", response=").append(quote(response));
    b.append(", algorithm=").append(challenge.algorithm().token());
    if (qop != null) {
      b.append(", cnonce=").append(quote(cnonce));
      b.append(", qop=").append(qop);
      b.append(", nc=").append(formatNonceCount(nonceCount));
    }
    String opaque = challenge.opaque();
    if (opaque != null) {
      b.append(", opaque=").append(quote(opaque));
    }
    return b.toString();
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  @Override
  public String toString() {
    return "DigestAnswer[realm, algorithm=" + challenge.algorithm().token() + ", response hidden]";
  }
}
