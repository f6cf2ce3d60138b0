package org.switchboard.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdesCryptoTest {
  private static final String KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";

  @Test
  void parsesTheRfc4568Example() {
    SdesCrypto crypto = SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY + "|2^20");

    assertThat(crypto.tag()).isEqualTo(1);
    assertThat(crypto.suite()).isEqualTo(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
    assertThat(crypto.keyAndSaltBytes()).hasSize(30);
    assertThat(crypto.attributeValue()).isEqualTo("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY);
  }

  @Test
  void formatsAndParsesTheSameAttribute() {
    SdesCrypto crypto = new SdesCrypto(7, SrtpSuite.AES_CM_128_HMAC_SHA1_32, KEY);

    assertThat(SdesCrypto.parse(crypto.attributeValue())).isEqualTo(crypto);
    assertThat(crypto.withTag(2).tag()).isEqualTo(2);
  }

  @Test
  void refusesUnsupportedSuitesAndParametersByName() {
    assertThatThrownBy(() -> SdesCrypto.parse("1 F8_128_HMAC_SHA1_80 inline:" + KEY))
        .hasMessageContaining("unsupported crypto suite F8_128_HMAC_SHA1_80");
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY + " KDR=1"))
        .hasMessageContaining("session parameters");
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY + "|1:4"))
        .hasMessageContaining("MKI");
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ="))
        .hasMessageContaining("must be 30 bytes");
  }

  @Test
  void neverShowsTheKeyInToString() {
    SdesCrypto crypto = new SdesCrypto(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, KEY);

    assertThat(crypto.toString()).doesNotContain(KEY).contains("redacted");
    assertThat(MediaSecurity.sdes(crypto, crypto).toString()).doesNotContain(KEY);
  }

  @Test
  void parsesAFingerprintAndRefusesAnUnknownHash() {
    String hex =
        "4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF";
    DtlsFingerprint fp = DtlsFingerprint.parse("SHA-256 " + hex.toLowerCase(java.util.Locale.ROOT));

    assertThat(fp.attributeValue()).isEqualTo("sha-256 " + hex);
    assertThatThrownBy(() -> DtlsFingerprint.parse("md5 " + hex))
        .hasMessageContaining("unsupported fingerprint hash md5");
  }

  @Test
  void theFourArgumentNegotiatedMediaIsUnencrypted() {
    NegotiatedMedia media =
        new NegotiatedMedia(
            new MediaEndpoint("192.0.2.1", 4000), AudioCodec.PCMU, null, MediaDirection.SENDRECV);

    assertThat(media.security().isEncrypted()).isFalse();
  }
}
