package org.switchboard.sip.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.SipStartException;

/**
 * How this agent speaks TLS: an {@link SSLContext} that trusts the account's authorities and checks
 * the server's identity against the SIP domain, with the versions and suites of {@link ModernTls}.
 * Immutable; any thread.
 *
 * @param context the context client sockets come from
 * @param protocols the protocol versions to enable
 * @param cipherSuites the cipher suites to enable
 */
public record TlsSettings(SSLContext context, List<String> protocols, List<String> cipherSuites) {
  public TlsSettings {
    protocols = List.copyOf(protocols);
    cipherSuites = List.copyOf(cipherSuites);
  }

  /**
   * The TLS settings of {@code account}, or null when it does not use TLS: its {@code
   * tlsTrustFile}, and the identity its registrar (or outbound proxy, when set) must prove.
   *
   * @throws SipStartException naming the setting that is wrong
   */
  public static @Nullable TlsSettings forAccount(SipAccount account, String serverHost)
      throws SipStartException {
    if (account.transport() != SipTransport.TLS) {
      return null;
    }
    return forDomain(account.options().tlsTrustFile(), serverHost);
  }

  /**
   * Settings trusting the PEM authorities in {@code trustFile} (the system's trust store when
   * empty) and accepting only servers whose certificate names {@code domain}.
   *
   * @throws SipStartException naming {@code tlsTrustFile} when the file is missing or holds no
   *     certificate
   */
  public static TlsSettings forDomain(String trustFile, String domain) throws SipStartException {
    try {
      X509TrustManager authorities = authorities(trustFile);
      String source = trustFile.isBlank() ? "the system trust store" : "tlsTrustFile " + trustFile;
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new ServerTrust(authorities, source, domain)}, null);
      return new TlsSettings(context, ModernTls.PROTOCOLS, ModernTls.cipherSuites(context));
    } catch (GeneralSecurityException e) {
      throw new SipStartException("Cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static X509TrustManager authorities(String trustFile)
      throws GeneralSecurityException, SipStartException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trustFile.isBlank() ? null : keyStoreOf(trustFile));
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
  }

  private static KeyStore keyStoreOf(String trustFile)
      throws GeneralSecurityException, SipStartException {
    Path path = Path.of(trustFile);
    if (!Files.isRegularFile(path)) {
      throw new SipStartException("tlsTrustFile " + trustFile + " does not exist");
    }
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(path)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException e) {
      throw new SipStartException("tlsTrustFile " + trustFile + " cannot be read: " + e, e);
    } catch (CertificateException e) {
      throw new SipStartException(
          "tlsTrustFile " + trustFile + " is not a PEM file of certificates", e);
    }
    if (certificates.isEmpty()) {
      throw new SipStartException(
          "tlsTrustFile " + trustFile + " is not a PEM file of certificates: it holds none");
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
    int i = 0;
    for (Certificate certificate : certificates) {
      store.setCertificateEntry("authority-" + i++, certificate);
    }
    return store;
  }
}
