package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Vector;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.DtlsFingerprint;

/**
 * Our side as DTLS server ({@code a=setup:passive}): DTLS 1.2 with our ECDSA certificate, a
 * required client certificate checked against the client's SDP fingerprint, and use_srtp. Runs on
 * the handshake thread.
 */
final class DtlsSrtpServer extends DefaultTlsServer {
  private static final int[] SUITES = {
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
  };

  private final JcaTlsCrypto crypto;
  private final DtlsCertificate certificate;
  private final DtlsFingerprint expected;
  private final int handshakeTimeoutMillis;
  private int profile = -1;
  private @Nullable SrtpTransform transform;

  DtlsSrtpServer(
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
  protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
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

  @Override
  @SuppressWarnings({"rawtypes", "JdkObsolete"})
  public CertificateRequest getCertificateRequest() {
    Vector algorithms = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
    return new CertificateRequest(
        new short[] {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign},
        algorithms,
        null);
  }

  @Override
  public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
    DtlsKeying.verify(clientCertificate, expected);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void processClientExtensions(Hashtable clientExtensions) throws IOException {
    super.processClientExtensions(clientExtensions);
    profile = DtlsKeying.chooseProfile(clientExtensions);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked", "JdkObsolete"})
  public Hashtable getServerExtensions() throws IOException {
    Hashtable extensions = super.getServerExtensions();
    Hashtable<Integer, byte[]> all = extensions == null ? new Hashtable<>() : extensions;
    TlsSRTPUtils.addUseSRTPExtension(
        all, new UseSRTPData(new int[] {profile}, TlsUtils.EMPTY_BYTES));
    return all;
  }

  @Override
  public void notifyHandshakeComplete() throws IOException {
    super.notifyHandshakeComplete();
    transform = DtlsKeying.export(context, profile, false);
  }

  /** The keys, once the handshake completed. */
  @Nullable SrtpTransform transform() {
    return transform;
  }
}
