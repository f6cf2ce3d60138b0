package org.switchboard.sip.internal.tls;

import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts a TLS server only when its certificate is valid today, chains to a trusted authority and
 * names the SIP domain (RFC 5922). Each refusal says which of the three failed, for the message the
 * user sees. Called by JSSE on the thread doing the handshake.
 */
final class ServerTrust implements X509TrustManager {
  private final X509TrustManager authorities;
  private final String trustSource;
  private final String domain;

  /**
   * @param authorities the PKIX trust manager of the trusted authorities
   * @param trustSource where those come from, for messages ({@code tlsTrustFile /x.pem})
   * @param domain the SIP domain the server must prove
   */
  ServerTrust(X509TrustManager authorities, String trustSource, String domain) {
    this.authorities = authorities;
    this.trustSource = trustSource;
    this.domain = domain;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    if (chain.length == 0) {
      throw new CertificateException("the server sent no certificate");
    }
    X509Certificate leaf = chain[0];
    try {
      leaf.checkValidity();
    } catch (CertificateExpiredException e) {
      // No cause attached: callers show the innermost message, which must be ours.
      throw new CertificateException(
          "the server's certificate expired on " + leaf.getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      throw new CertificateException(
          "the server's certificate is not valid before " + leaf.getNotBefore().toInstant());
    }
    try {
      authorities.checkServerTrusted(chain, authType);
    } catch (CertificateException e) {
      throw new CertificateException(
          "the server's certificate is not issued by an authority trusted by "
              + trustSource
              + " (issuer "
              + leaf.getIssuerX500Principal().getName()
              + "): "
              + e.getMessage());
    }
    ServerIdentity.check(leaf, domain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    // Peers reach us over the connection we opened to the registrar; we serve no TLS clients.
    throw new CertificateException("this user agent accepts no TLS client certificates");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return authorities.getAcceptedIssuers();
  }
}
