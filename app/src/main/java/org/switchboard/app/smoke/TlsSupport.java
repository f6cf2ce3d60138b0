package org.switchboard.app.smoke;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import javax.crypto.KeyAgreement;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;

/**
 * Whether the runtime speaks TLS 1.3 with elliptic-curve key exchange, as the CRM services,
 * provisioning and update servers expect. Without the {@code jdk.crypto.ec} module a JDK 17 still
 * offers TLS 1.3, but only with finite-field groups and no ECDHE cipher suites.
 */
final class TlsSupport {
  /** A TLS 1.3 suite, and ECDHE suites used with TLS 1.2 servers. */
  static final String TLS13_SUITE = "TLS_AES_128_GCM_SHA256";

  static final List<String> ECDHE_SUITES =
      List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

  private TlsSupport() {}

  static Check check() {
    try {
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(null, null, null);
      List<String> protocols = Arrays.asList(context.getDefaultSSLParameters().getProtocols());
      List<String> suites = Arrays.asList(context.getDefaultSSLParameters().getCipherSuites());
      if (!protocols.contains("TLSv1.3") || !suites.contains(TLS13_SUITE)) {
        return Check.failed("tls", "TLS 1.3 is not enabled; protocols " + protocols);
      }
      if (!suites.containsAll(ECDHE_SUITES)) {
        return Check.failed("tls", "no ECDHE cipher suites: elliptic curves are missing");
      }
      agreeOn("secp256r1");
      int helloBytes = clientHello(context);
      return Check.passed(
          "tls",
          "TLSv1.3 with "
              + TLS13_SUITE
              + ", ECDHE suites and secp256r1 key agreement; a ClientHello of "
              + helloBytes
              + " bytes");
    } catch (GeneralSecurityException | RuntimeException e) {
      return Check.threw("tls", e);
    }
  }

  /** Two key pairs on {@code curve} agree on a secret: the EC provider works, not just exists. */
  private static void agreeOn(String curve) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    KeyPair ours = generator.generateKeyPair();
    KeyPair theirs = generator.generateKeyPair();
    KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
    agreement.init(ours.getPrivate());
    agreement.doPhase(theirs.getPublic(), true);
    if (agreement.generateSecret().length != 32) {
      throw new GeneralSecurityException("ECDH on " + curve + " gave a secret of the wrong size");
    }
  }

  /** Builds a TLS 1.3 ClientHello, as a connection's first step would. */
  private static int clientHello(SSLContext context) throws GeneralSecurityException {
    SSLEngine engine = context.createSSLEngine("updates.example.com", 443);
    engine.setUseClientMode(true);
    engine.setEnabledProtocols(new String[] {"TLSv1.3"});
    ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    try {
      SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), out);
      if (result.getStatus() != SSLEngineResult.Status.OK || result.bytesProduced() == 0) {
        throw new GeneralSecurityException("no ClientHello: " + result);
      }
      return result.bytesProduced();
    } catch (javax.net.ssl.SSLException e) {
      throw new GeneralSecurityException("no ClientHello", e);
    }
  }
}
