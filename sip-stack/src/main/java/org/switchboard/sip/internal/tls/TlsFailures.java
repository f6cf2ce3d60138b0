package org.switchboard.sip.internal.tls;

import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Turns a failed TLS handshake into a sentence a person can act on. JSSE reports a server that
 * offers only old versions or only unacceptable suites as a bare TLS alert; our trust manager's
 * refusals already say what is wrong with the certificate. Pure; any thread.
 */
public final class TlsFailures {
  private TlsFailures() {}

  /** The cause of {@code error} in words, when it is a TLS handshake failure. */
  public static Optional<String> explain(Throwable error) {
    SSLException tls = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return Optional.of("TLS refused: " + t.getMessage());
      }
      if (t instanceof SSLException ssl && tls == null) {
        tls = ssl;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return tls == null ? Optional.empty() : Optional.of("TLS refused: " + describe(tls));
  }

  private static String describe(SSLException e) {
    String detail = String.valueOf(e.getMessage());
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.contains("protocol_version") || lower.contains("no appropriate protocol")) {
      return "the server offers no TLS version we accept (TLS 1.2 or 1.3 only) (" + detail + ")";
    }
    if (lower.contains("handshake_failure")
        || lower.contains("insufficient_security")
        || lower.contains("no cipher suites in common")) {
      return "the server shares no cipher suite with us (we offer forward-secret AEAD suites with"
          + " TLS 1.2 or 1.3 only, never anonymous ones) ("
          + detail
          + ")";
    }
    return "the TLS handshake with the server failed (" + detail + ")";
  }
}
