package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.util.Hashtable;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.DtlsFingerprint;

/**
 * Our side as DTLS client ({@code a=setup:active}): DTLS 1.2, use_srtp, our certificate when asked,
 * and the server's certificate checked against its SDP fingerprint. Runs on the handshake thread.
 */
final class DtlsSrtpClient extends DefaultTlsClient {
  static final int[] SUITES = {
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
  };

  private final JcaTlsCrypto crypto;
  private final DtlsCertificate certificate;
  private final DtlsFingerprint expected;
  private final int handshakeTimeoutMillis;
  private int profile = -1;
  private @Nullable SrtpTransform transform;

  DtlsSrtpClient(
      JcaTlsCrypto crypto,
      DtlsCertificate certificate,
      DtlsFingerprint expected,
      int handshakeTimeoutMillis) {
    super(crypto);
    this.crypto = crypto;
    this.certificate = certificate;
    this.expected = expected;
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return ProtocolVersion.DTLSv12.only();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return SUITES.clone();
  }

  @Override
  public int getHandshakeTimeoutMillis() {
    return handshakeTimeoutMillis;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked", "JdkObsolete"}) // bctls speaks raw Hashtable
  public Hashtable getClientExtensions() throws IOException {
    Hashtable extensions = super.getClientExtensions();
    Hashtable<Integer, byte[]> all = extensions == null ? new Hashtable<>() : extensions;
    DtlsKeying.offerProfiles(all);
    return all;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void processServerExtensions(Hashtable serverExtensions) throws IOException {
    super.processServerExtensions(serverExtensions);
    profile = DtlsKeying.chooseProfile(serverExtensions);
  }

  @Override
  public TlsAuthentication getAuthentication() {
    return new TlsAuthentication() {
      @Override
      public void notifyServerCertificate(TlsServerCertificate serverCertificate)
          throws IOException {
        DtlsKeying.verify(serverCertificate.getCertificate(), expected);
      }

      @Override
      public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
        Certificate chain =
            new Certificate(
                new org.bouncycastle.tls.crypto.TlsCertificate[] {
                  crypto.createCertificate(certificate.encoded())
                });
        return new JcaDefaultTlsCredentialedSigner(
            new TlsCryptoParameters(context),
            crypto,
            certificate.privateKey(),
            chain,
            SignatureAndHashAlgorithm.getInstance(
                org.bouncycastle.tls.HashAlgorithm.sha256,
                org.bouncycastle.tls.SignatureAlgorithm.ecdsa));
      }
    };
  }

  @Override
  public void notifyHandshakeComplete() throws IOException {
    super.notifyHandshakeComplete();
    transform = DtlsKeying.export(context, profile, true);
  }

  /** The keys, once the handshake completed. */
  @Nullable SrtpTransform transform() {
    return transform;
  }
}
