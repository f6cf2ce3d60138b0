package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.SRTPProtectionProfile;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.SrtpSuite;

/**
 * What the DTLS client and server share: the use_srtp profiles we speak (RFC 5764 section 4.1.2),
 * the check of the peer's certificate against the fingerprint from its SDP (RFC 5763 section 5),
 * and the SRTP keys exported from the finished handshake (RFC 5764 section 4.2).
 */
final class DtlsKeying {
  /** Our use_srtp profiles, preferred first. */
  static final int[] PROFILES = {
    SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80,
    SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_32,
    SRTPProtectionProfile.SRTP_AEAD_AES_128_GCM
  };

  private DtlsKeying() {}

  static void offerProfiles(Hashtable<Integer, byte[]> extensions) throws IOException {
    TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(PROFILES, TlsUtils.EMPTY_BYTES));
  }

  /** The first of our profiles in the peer's {@code extensions}; fails the handshake if none. */
  static int chooseProfile(@Nullable Hashtable<?, ?> extensions) throws IOException {
    @SuppressWarnings("unchecked")
    UseSRTPData data =
        extensions == null
            ? null
            : TlsSRTPUtils.getUseSRTPExtension((Hashtable<Integer, byte[]>) extensions);
    if (data != null) {
      for (int ours : PROFILES) {
        for (int theirs : data.getProtectionProfiles()) {
          if (ours == theirs) {
            return ours;
          }
        }
      }
    }
    throw new TlsFatalAlert(AlertDescription.handshake_failure, "no common SRTP profile");
  }

  static SrtpSuite suiteOf(int profile) {
    if (profile == SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_32) {
      return SrtpSuite.AES_CM_128_HMAC_SHA1_32;
    }
    return profile == SRTPProtectionProfile.SRTP_AEAD_AES_128_GCM
        ? SrtpSuite.AEAD_AES_128_GCM
        : SrtpSuite.AES_CM_128_HMAC_SHA1_80;
  }

  /** Fails the handshake unless the peer's end-entity certificate has {@code expected}. */
  static void verify(Certificate chain, DtlsFingerprint expected) throws IOException {
    if (chain.isEmpty()) {
      throw new TlsFatalAlert(AlertDescription.bad_certificate, "the peer sent no certificate");
    }
    byte[] der = chain.getCertificateAt(0).getEncoded();
    DtlsFingerprint actual = DtlsCertificate.fingerprintOf(der, expected.hashFunction());
    if (!actual.equals(expected)) {
      throw new TlsFatalAlert(
          AlertDescription.bad_certificate, "the peer's certificate does not match its SDP");
    }
  }

  /**
   * The SRTP transform keyed from the handshake: client write key and salt protect what the client
   * sends, server ones what the server sends.
   */
  static SrtpTransform export(TlsContext context, int profile, boolean client) {
    SrtpSuite suite = suiteOf(profile);
    int key = suite.masterKeyLength();
    int salt = suite.masterSaltLength();
    byte[] material = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, 2 * (key + salt));
    byte[] clientKey = concat(material, 0, key, 2 * key, salt);
    byte[] serverKey = concat(material, key, key, 2 * key + salt, salt);
    Arrays.fill(material, (byte) 0);
    SrtpTransform transform =
        client
            ? new SrtpTransform(suite, clientKey, serverKey)
            : new SrtpTransform(suite, serverKey, clientKey);
    Arrays.fill(clientKey, (byte) 0);
    Arrays.fill(serverKey, (byte) 0);
    return transform;
  }

  private static byte[] concat(byte[] from, int keyAt, int keyLength, int saltAt, int saltLength) {
    byte[] out = new byte[keyLength + saltLength];
    System.arraycopy(from, keyAt, out, 0, keyLength);
    System.arraycopy(from, saltAt, out, keyLength, saltLength);
    return out;
  }
}
