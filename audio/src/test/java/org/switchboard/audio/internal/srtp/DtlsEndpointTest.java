package org.switchboard.audio.internal.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DtlsEndpointTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] RTP = Rfc3711.hex("800f1234decafbadcafebabe" + "abababab".repeat(4));

  /** Records how the handshake ended. */
  static final class Outcome implements DtlsEndpoint.Listener {
    final CompletableFuture<PacketTransform> ready = new CompletableFuture<>();
    final CompletableFuture<String> failed = new CompletableFuture<>();

    @Override
    public void onReady(PacketTransform transform) {
      ready.complete(transform);
    }

    @Override
    public void onFailed(String reason) {
      failed.complete(reason);
    }
  }

  @ParameterizedTest(name = "a is the client: {0}")
  @ValueSource(booleans = {true, false})
  void twoEndpointsAgreeOnSrtpKeysOverLoopback(boolean aIsClient) throws Exception {
    DtlsCertificate certA = DtlsCertificate.generate(RANDOM);
    DtlsCertificate certB = DtlsCertificate.generate(RANDOM);
    Outcome outcomeA = new Outcome();
    Outcome outcomeB = new Outcome();
    try (LoopbackPair udp = new LoopbackPair();
        DtlsEndpoint a =
            new DtlsEndpoint(
                certA, certB.fingerprint(), aIsClient, udp.sender(udp.a), outcomeA, 10_000, "a");
        DtlsEndpoint b =
            new DtlsEndpoint(
                certB, certA.fingerprint(), !aIsClient, udp.sender(udp.b), outcomeB, 10_000, "b")) {
      udp.read(udp.a, a::onDatagram);
      udp.read(udp.b, b::onDatagram);
      assertThat(a.transform()).isNull();

      b.start();
      a.start();
      PacketTransform keysA = outcomeA.ready.get(10, TimeUnit.SECONDS);
      PacketTransform keysB = outcomeB.ready.get(10, TimeUnit.SECONDS);

      assertThat(a.transform()).isSameAs(keysA);
      assertRoundTrip(keysA, keysB);
      assertRoundTrip(keysB, keysA);
    }
    awaitNoDtlsThreads();
  }

  /** Closing the endpoints ends their handshake threads (bounded wait). */
  private static void awaitNoDtlsThreads() throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("switchboard-dtls-") && t.isAlive())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("a switchboard-dtls thread outlived its endpoint");
      }
      Thread.sleep(20);
    }
  }

  private static void assertRoundTrip(PacketTransform sender, PacketTransform receiver) {
    byte[] packet = Arrays.copyOf(RTP, 200);
    int length = sender.protectRtp(packet, RTP.length);
    assertThat(length).isEqualTo(RTP.length + 10);
    assertThat(receiver.unprotectRtp(packet, length)).isEqualTo(RTP.length);
    assertThat(Arrays.copyOf(packet, RTP.length)).isEqualTo(RTP);
  }

  @Test
  void aCertificateThatDoesNotMatchTheSdpFingerprintIsRefused() throws Exception {
    DtlsCertificate certA = DtlsCertificate.generate(RANDOM);
    DtlsCertificate certB = DtlsCertificate.generate(RANDOM);
    DtlsCertificate someoneElse = DtlsCertificate.generate(RANDOM);
    Outcome outcomeA = new Outcome();
    Outcome outcomeB = new Outcome();
    try (LoopbackPair udp = new LoopbackPair();
        DtlsEndpoint client =
            new DtlsEndpoint(
                certA, someoneElse.fingerprint(), true, udp.sender(udp.a), outcomeA, 5_000, "a");
        DtlsEndpoint server =
            new DtlsEndpoint(
                certB, certA.fingerprint(), false, udp.sender(udp.b), outcomeB, 5_000, "b")) {
      udp.read(udp.a, client::onDatagram);
      udp.read(udp.b, server::onDatagram);
      server.start();
      client.start();

      assertThat(outcomeA.failed.get(10, TimeUnit.SECONDS)).contains("does not match");
      assertThat(outcomeB.failed.get(10, TimeUnit.SECONDS)).isNotEmpty();
      assertThat(client.transform()).isNull();
      assertThat(server.transform()).isNull();
      assertThat(outcomeA.ready).isNotDone();
    }
  }

  @Test
  void theCertificateFingerprintIsTheSha256OfItsEncoding() throws Exception {
    DtlsCertificate cert = DtlsCertificate.generate(RANDOM);
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(cert.encoded());

    assertThat(cert.fingerprint().hashFunction()).isEqualTo("sha-256");
    assertThat(cert.fingerprint().value())
        .isEqualTo(java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash));
  }
}
