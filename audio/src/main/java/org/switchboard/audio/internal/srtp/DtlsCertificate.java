package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.switchboard.core.media.DtlsFingerprint;

/**
 * The engine's self-signed ECDSA (P-256) certificate for DTLS-SRTP. Peers check it only against the
 * fingerprint in our SDP (RFC 5763), so its names do not matter. Immutable; any thread.
 */
public final class DtlsCertificate {
  private static final Duration VALIDITY = Duration.ofDays(30);

  private final KeyPair keys;
  private final byte[] encoded;
  private final DtlsFingerprint fingerprint;

  private DtlsCertificate(KeyPair keys, byte[] encoded) {
    this.keys = keys;
    this.encoded = encoded;
    this.fingerprint = fingerprintOf(encoded, "sha-256");
  }

  /** A fresh key pair and certificate. */
  public static DtlsCertificate generate(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair keys = generator.generateKeyPair();
      X500Name name = new X500Name("CN=switchboard");
      Instant now = Instant.now();
      byte[] encoded =
          new JcaX509v3CertificateBuilder(
                  name,
                  new BigInteger(64, random),
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(VALIDITY)),
                  name,
                  keys.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
              .getEncoded();
      return new DtlsCertificate(keys, encoded);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot create the DTLS certificate", e);
    }
  }

  /** The certificate's DER encoding. */
  public byte[] encoded() {
    return encoded.clone();
  }

  PrivateKey privateKey() {
    return keys.getPrivate();
  }

  /** Its SHA-256 fingerprint, for {@code a=fingerprint}. */
  public DtlsFingerprint fingerprint() {
    return fingerprint;
  }

  /** The fingerprint of a DER certificate with the hash named as in SDP ({@code sha-256}). */
  static DtlsFingerprint fingerprintOf(byte[] der, String hashFunction) {
    try {
      String algorithm = hashFunction.toUpperCase(Locale.ROOT);
      byte[] hash = MessageDigest.getInstance(algorithm).digest(der);
      return new DtlsFingerprint(
          hashFunction, HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no " + hashFunction + " digest", e);
    }
  }
}
