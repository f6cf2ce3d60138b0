package org.switchboard.audio.internal.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.audio.internal.srtp.Rfc3711.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.SrtpSuite;

class SrtpTransformTest {
  // RFC 3711 Appendix B.3 master key and salt.
  private static final byte[] MASTER_KEY = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
  private static final byte[] MASTER_SALT = hex("0EC675AD498AFEEBB6960B3AABE6");
  private static final byte[] PLAIN = hex("800f1234decafbadcafebabe" + "abababab".repeat(4));

  private static byte[] keyAndSalt() {
    byte[] both = Arrays.copyOf(MASTER_KEY, 30);
    System.arraycopy(MASTER_SALT, 0, both, 16, 14);
    return both;
  }

  @Test
  void ourReferenceMatchesTheAppendixB2KeystreamAndB3SessionKeys() throws Exception {
    byte[] b2 =
        Rfc3711.keystream(
            hex("2B7E151628AED2A6ABF7158809CF4F3C"), hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000"), 16);
    assertThat(b2).isEqualTo(hex("E03EAD0935C95E80E166B16DD92B4EB4"));
    assertThat(Rfc3711.sessionKey(MASTER_KEY, MASTER_SALT, 0, 16))
        .isEqualTo(hex("C61E7A93744F39EE10734AFE3FF7A087"));
    assertThat(Rfc3711.sessionKey(MASTER_KEY, MASTER_SALT, 2, 14))
        .isEqualTo(hex("30CBBC08863D8C85D49DB34A9AE1"));
    assertThat(Rfc3711.sessionKey(MASTER_KEY, MASTER_SALT, 1, 20))
        .isEqualTo(hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4"));
  }

  @Test
  void protectsAKnownPacketAsRfc3711Says() throws Exception {
    SrtpTransform transform =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());
    byte[] packet = Arrays.copyOf(PLAIN, PLAIN.length + PacketTransform.MAX_OVERHEAD);

    int length = transform.protectRtp(packet, PLAIN.length);

    byte[] expected = Rfc3711.protect(MASTER_KEY, MASTER_SALT, PLAIN, 10);
    assertThat(Arrays.copyOf(packet, length)).isEqualTo(expected);
    // The same packet in libsrtp's test driver (srtp_driver.c, AES_CM_128_HMAC_SHA1_80).
    assertThat(expected)
        .isEqualTo(
            hex("800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb"));
  }

  @Test
  void protectsWithAThirtyTwoBitTag() throws Exception {
    SrtpTransform transform =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_32, keyAndSalt(), keyAndSalt());
    byte[] packet = Arrays.copyOf(PLAIN, PLAIN.length + PacketTransform.MAX_OVERHEAD);

    int length = transform.protectRtp(packet, PLAIN.length);

    assertThat(Arrays.copyOf(packet, length))
        .isEqualTo(Rfc3711.protect(MASTER_KEY, MASTER_SALT, PLAIN, 4));
  }

  @Test
  void protectsWithAesGcmAsRfc7714Says() throws Exception {
    byte[] salt = Arrays.copyOf(MASTER_SALT, 12);
    byte[] keyAndSalt = Arrays.copyOf(MASTER_KEY, 28);
    System.arraycopy(salt, 0, keyAndSalt, 16, 12);
    SrtpTransform alice = new SrtpTransform(SrtpSuite.AEAD_AES_128_GCM, keyAndSalt, keyAndSalt);
    SrtpTransform bob = new SrtpTransform(SrtpSuite.AEAD_AES_128_GCM, keyAndSalt, keyAndSalt);
    byte[] packet = Arrays.copyOf(PLAIN, PLAIN.length + PacketTransform.MAX_OVERHEAD);

    int length = alice.protectRtp(packet, PLAIN.length);

    assertThat(Arrays.copyOf(packet, length))
        .isEqualTo(Rfc3711.protectGcm(MASTER_KEY, salt, PLAIN));
    byte[] tampered = packet.clone();
    tampered[14] ^= 1;
    assertThat(bob.unprotectRtp(tampered, length)).isEqualTo(-1);
    assertThat(bob.unprotectRtp(packet, length)).isEqualTo(PLAIN.length);
    assertThat(Arrays.copyOf(packet, PLAIN.length)).isEqualTo(PLAIN);
    byte[] rtcp = Arrays.copyOf(hex("80c90001cafebabe"), 64);
    int rtcpLength = alice.protectRtcp(rtcp, 8);
    assertThat(rtcpLength).isEqualTo(8 + 16 + 4);
    assertThat(bob.unprotectRtcp(rtcp, rtcpLength)).isEqualTo(8);
  }

  @Test
  void unprotectsWhatThePeerProtected() {
    byte[] ours =
        new SdesKeys(new java.security.SecureRandom()).generate().get(0).keyAndSaltBytes();
    byte[] theirs = keyAndSalt();
    SrtpTransform alice = new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, ours, theirs);
    SrtpTransform bob = new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, theirs, ours);
    byte[] packet = Arrays.copyOf(PLAIN, 200);

    int protectedLength = alice.protectRtp(packet, PLAIN.length);
    assertThat(Arrays.copyOfRange(packet, 12, PLAIN.length))
        .isNotEqualTo(Arrays.copyOfRange(PLAIN, 12, PLAIN.length));
    int plainLength = bob.unprotectRtp(packet, protectedLength);

    assertThat(Arrays.copyOf(packet, plainLength)).isEqualTo(PLAIN);
  }

  @Test
  void unprotectsSrtcp() {
    SrtpTransform alice =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_32, keyAndSalt(), keyAndSalt());
    SrtpTransform bob =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_32, keyAndSalt(), keyAndSalt());
    byte[] rtcp = hex("80c90001cafebabe"); // an empty receiver report
    byte[] packet = Arrays.copyOf(rtcp, 64);

    int protectedLength = alice.protectRtcp(packet, rtcp.length);
    assertThat(protectedLength).isEqualTo(rtcp.length + 4 + 10);

    assertThat(bob.unprotectRtcp(packet, protectedLength)).isEqualTo(rtcp.length);
    assertThat(Arrays.copyOf(packet, rtcp.length)).isEqualTo(rtcp);
  }

  @Test
  void dropsAPacketWithATamperedTag() {
    SrtpTransform alice =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());
    SrtpTransform bob =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());
    byte[] packet = Arrays.copyOf(PLAIN, 200);
    int length = alice.protectRtp(packet, PLAIN.length);
    packet[length - 1] ^= 1;

    assertThat(bob.unprotectRtp(packet, length)).isEqualTo(-1);
  }

  @Test
  void dropsAReplayedPacket() {
    SrtpTransform alice =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());
    SrtpTransform bob =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());
    byte[] packet = Arrays.copyOf(PLAIN, 200);
    int length = alice.protectRtp(packet, PLAIN.length);
    byte[] copy = packet.clone();

    assertThat(bob.unprotectRtp(packet, length)).isEqualTo(PLAIN.length);
    assertThat(bob.unprotectRtp(copy, length)).isEqualTo(-1);
  }

  @Test
  void dropsGarbageWithoutThrowing() {
    SrtpTransform bob =
        new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt());

    assertThat(bob.unprotectRtp(new byte[5], 5)).isEqualTo(-1);
    assertThat(bob.unprotectRtp(new byte[40], 40)).isEqualTo(-1);
    assertThat(bob.unprotectRtcp(new byte[30], 30)).isEqualTo(-1);
    assertThat(bob.protectRtp(new byte[12], 12)).isEqualTo(-1); // no room for the tag
  }

  @Test
  void neverShowsKeysInToString() {
    assertThat(new SrtpTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keyAndSalt(), keyAndSalt()))
        .hasToString("SrtpTransform[AES_CM_128_HMAC_SHA1_80, keys redacted]");
  }
}
