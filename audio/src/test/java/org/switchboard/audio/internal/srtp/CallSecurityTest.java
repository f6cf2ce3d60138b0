package org.switchboard.audio.internal.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpSuite;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CallSecurityTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DtlsCertificate CERT_A = DtlsCertificate.generate(RANDOM);
  private static final DtlsCertificate CERT_B = DtlsCertificate.generate(RANDOM);
  private static final byte[] RTP = Rfc3711.hex("800f1234decafbadcafebabe" + "abababab".repeat(4));
  private static final QueuedDatagrams.Sender NOWHERE = (d, n) -> {};

  @Test
  void offersOneKeyPerSuiteAndTheEnginesFingerprint() {
    CallSecurity call = new CallSecurity(CERT_A, new SdesKeys(RANDOM), NOWHERE, "c1");
    CallSecurity other = new CallSecurity(CERT_A, new SdesKeys(RANDOM), NOWHERE, "c2");

    assertThat(call.localSecurity().sdesKeys())
        .extracting(SdesCrypto::suite)
        .containsExactly(SrtpSuite.values());
    assertThat(call.localSecurity().fingerprint()).isEqualTo(CERT_A.fingerprint());
    assertThat(call.localSecurity().sdesKeys().get(0).keyAndSalt())
        .isNotEqualTo(other.localSecurity().sdesKeys().get(0).keyAndSalt());
  }

  @Test
  void plainUntilNegotiatedThenSdesInteroperatesWithThePeer() {
    CallSecurity alice = new CallSecurity(CERT_A, new SdesKeys(RANDOM), NOWHERE, "alice");
    CallSecurity bob = new CallSecurity(CERT_B, new SdesKeys(RANDOM), NOWHERE, "bob");
    SdesCrypto aliceKey = alice.localSecurity().sdesKeys().get(0);
    SdesCrypto bobKey = bob.localSecurity().sdesKeys().get(0);
    assertThat(alice.transform()).isSameAs(PacketTransform.PLAIN);

    alice.negotiate(MediaSecurity.sdes(aliceKey, bobKey));
    bob.negotiate(MediaSecurity.sdes(bobKey, aliceKey));
    PacketTransform sending = alice.transform();
    alice.negotiate(MediaSecurity.sdes(aliceKey, bobKey)); // a hold re-INVITE: same keys
    alice.negotiate(MediaSecurity.sdes(aliceKey.withTag(7), bobKey.withTag(7))); // other tag

    assertThat(alice.transform()).isSameAs(sending);
    byte[] packet = Arrays.copyOf(RTP, 200);
    int length = java.util.Objects.requireNonNull(alice.transform()).protectRtp(packet, RTP.length);
    assertThat(java.util.Objects.requireNonNull(bob.transform()).unprotectRtp(packet, length))
        .isEqualTo(RTP.length);
    assertThat(alice.toString()).isEqualTo("CallSecurity[alice, SDES]");
  }

  @Test
  void refusesAnSdesKeyItDidNotOffer() {
    CallSecurity alice = new CallSecurity(CERT_A, new SdesKeys(RANDOM), NOWHERE, "alice");
    SdesCrypto foreign = new SdesKeys(RANDOM).generate().get(0);

    assertThatThrownBy(() -> alice.negotiate(MediaSecurity.sdes(foreign, foreign)))
        .hasMessageContaining("not one this call offered")
        .hasMessageNotContaining(foreign.keyAndSalt());
  }

  @Test
  void withholdsMediaUntilTheDtlsHandshakeCompletes() throws Exception {
    try (LoopbackPair udp = new LoopbackPair();
        CallSecurity alice =
            new CallSecurity(CERT_A, new SdesKeys(RANDOM), udp.sender(udp.a), "alice");
        CallSecurity bob =
            new CallSecurity(CERT_B, new SdesKeys(RANDOM), udp.sender(udp.b), "bob")) {
      udp.read(udp.a, (d, n) -> dtlsOnly(alice, d, n));
      udp.read(udp.b, (d, n) -> dtlsOnly(bob, d, n));

      alice.negotiate(MediaSecurity.dtls(CERT_B.fingerprint(), false));
      assertThat(alice.transform()).isNull();
      bob.negotiate(MediaSecurity.dtls(CERT_A.fingerprint(), true));

      PacketTransform aliceKeys = await(alice);
      PacketTransform bobKeys = await(bob);
      byte[] packet = Arrays.copyOf(RTP, 200);
      int length = bobKeys.protectRtp(packet, RTP.length);
      assertThat(aliceKeys.unprotectRtp(packet, length)).isEqualTo(RTP.length);
    }
  }

  @Test
  void theServerRefusesAClientWhoseCertificateIsNotTheOneInItsSdp() throws Exception {
    try (LoopbackPair udp = new LoopbackPair();
        CallSecurity server =
            new CallSecurity(CERT_A, new SdesKeys(RANDOM), udp.sender(udp.a), "server");
        CallSecurity client =
            new CallSecurity(CERT_B, new SdesKeys(RANDOM), udp.sender(udp.b), "client")) {
      udp.read(udp.a, (d, n) -> dtlsOnly(server, d, n));
      udp.read(udp.b, (d, n) -> dtlsOnly(client, d, n));

      server.negotiate(MediaSecurity.dtls(CERT_A.fingerprint(), false)); // expects the wrong one
      client.negotiate(MediaSecurity.dtls(CERT_A.fingerprint(), true));

      assertThat(awaitFailure(server)).contains("does not match");
      assertThat(server.transform()).isNull();
      assertThat(client.transform()).isNull();
    }
  }

  private static void dtlsOnly(CallSecurity security, byte[] datagram, int length) {
    if (CallSecurity.isDtls(datagram[0])) {
      security.onDatagram(datagram, length);
    }
  }

  private static String awaitFailure(CallSecurity security) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (security.dtlsFailure() == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the handshake of " + security + " did not fail");
      }
      Thread.sleep(20);
    }
    return String.valueOf(security.dtlsFailure());
  }

  private static PacketTransform await(CallSecurity security) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (security.transform() == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no DTLS keys for " + security);
      }
      Thread.sleep(20);
    }
    return java.util.Objects.requireNonNull(security.transform());
  }
}
