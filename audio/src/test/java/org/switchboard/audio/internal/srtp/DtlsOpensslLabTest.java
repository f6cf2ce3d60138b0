package org.switchboard.audio.internal.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.SrtpSuite;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.BoundedDaemon;
import org.switchboard.testkit.Lab;

/**
 * Our DTLS-SRTP endpoint against OpenSSL's {@code s_client}/{@code s_server} (another DTLS stack):
 * the handshake completes in both roles with use_srtp, and the SRTP keys OpenSSL exports
 * (EXTRACTOR-dtls_srtp) protect packets our transform accepts. UDP ports 26050-26053 on the lab's
 * address.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DtlsOpensslLabTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Pattern KEYING = Pattern.compile("Keying material: ([0-9A-Fa-f]+)");
  private static final byte[] RTP = Rfc3711.hex("800f1234decafbadcafebabe" + "abababab".repeat(4));
  private static Lab lab;
  private static Path dir;
  private static DtlsFingerprint opensslFingerprint;

  @BeforeAll
  static void opensslCertificate() throws Exception {
    lab = Lab.load();
    dir = Files.createDirectories(lab.labDir().resolve("dtls-openssl"));
    BoundedCommand.Result made =
        BoundedCommand.run(
            List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-subj",
                "/CN=openssl-peer",
                "-days",
                "1",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString()),
            Duration.ofSeconds(20));
    assertThat(made.exitCode()).as(made.output()).isZero();
    String pem = Files.readString(dir.resolve("cert.pem"));
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    opensslFingerprint = DtlsCertificate.fingerprintOf(der, "sha-256");
  }

  @ParameterizedTest(name = "use_srtp {0}")
  @CsvSource({
    "SRTP_AES128_CM_SHA1_80, AES_CM_128_HMAC_SHA1_80",
    "SRTP_AEAD_AES_128_GCM, AEAD_AES_128_GCM"
  })
  void opensslAsClientAgreesOnKeysWithOurServer(String profile, SrtpSuite suite) throws Exception {
    DtlsCertificate ours = DtlsCertificate.generate(new SecureRandom());
    try (DatagramSocket socket = bind(26050);
        Relay relay = new Relay(socket, null);
        DtlsEndpoint server =
            new DtlsEndpoint(
                ours, opensslFingerprint, false, relay::send, new Ignore(), 10_000, "server");
        BoundedDaemon client =
            openssl(
                profile,
                suite,
                "s_client",
                "-connect",
                lab.localAddress() + ":26050",
                "-cert",
                dir.resolve("cert.pem").toString(),
                "-key",
                dir.resolve("key.pem").toString())) {
      relay.start(server);
      server.start();

      PacketTransform ourKeys = await(server);
      client.awaitExit(WAIT); // it hangs up at EOF on its stdin, after the handshake
      byte[] material = keyingMaterial(client.log());
      assertProtectedByThemAcceptedByUs(material, suite, true, ourKeys);
    }
  }

  @Test
  void opensslAsServerAgreesOnKeysWithOurClient() throws Exception {
    DtlsCertificate ours = DtlsCertificate.generate(new SecureRandom());
    SocketAddress opensslAddress = new InetSocketAddress(lab.localAddress(), 26051);
    try (BoundedDaemon server =
            openssl(
                "SRTP_AES128_CM_SHA1_80",
                SrtpSuite.AES_CM_128_HMAC_SHA1_80,
                "s_server",
                "-accept",
                lab.localAddress() + ":26051",
                "-cert",
                dir.resolve("cert.pem").toString(),
                "-key",
                dir.resolve("key.pem").toString(),
                "-Verify",
                "1");
        DatagramSocket socket = bind(26052);
        Relay relay = new Relay(socket, opensslAddress);
        DtlsEndpoint client =
            new DtlsEndpoint(
                ours, opensslFingerprint, true, relay::send, new Ignore(), 10_000, "client")) {
      server.awaitReady(() -> server.log().contains("ACCEPT"), WAIT);
      relay.start(client);
      client.start();

      PacketTransform ourKeys = await(client);
      server.awaitReady(() -> KEYING.matcher(server.log()).find(), WAIT);
      byte[] material = keyingMaterial(server.log());
      assertProtectedByThemAcceptedByUs(
          material, SrtpSuite.AES_CM_128_HMAC_SHA1_80, false, ourKeys);
    }
  }

  /** Protects with keys built from OpenSSL's export as it would, unprotects with ours. */
  private static void assertProtectedByThemAcceptedByUs(
      byte[] material, SrtpSuite suite, boolean theyAreClient, PacketTransform ours) {
    int key = suite.masterKeyLength();
    int salt = suite.masterSaltLength();
    byte[] clientKey = keyAndSalt(material, suite, 0, 2 * key);
    byte[] serverKey = keyAndSalt(material, suite, key, 2 * key + salt);
    SrtpTransform theirs =
        theyAreClient
            ? new SrtpTransform(suite, clientKey, serverKey)
            : new SrtpTransform(suite, serverKey, clientKey);
    byte[] packet = Arrays.copyOf(RTP, 200);
    int length = theirs.protectRtp(packet, RTP.length);
    assertThat(ours.unprotectRtp(packet, length)).isEqualTo(RTP.length);
    assertThat(Arrays.copyOf(packet, RTP.length)).isEqualTo(RTP);
    length = ours.protectRtp(packet, RTP.length);
    assertThat(theirs.unprotectRtp(packet, length)).isEqualTo(RTP.length);
  }

  private static byte[] keyAndSalt(byte[] material, SrtpSuite suite, int keyAt, int saltAt) {
    int key = suite.masterKeyLength();
    byte[] out = Arrays.copyOfRange(material, keyAt, keyAt + key + suite.masterSaltLength());
    System.arraycopy(material, saltAt, out, key, suite.masterSaltLength());
    return out;
  }

  private static byte[] keyingMaterial(String log) {
    Matcher m = KEYING.matcher(log);
    assertThat(m.find()).as("OpenSSL's output:%n%s", log).isTrue();
    return HexFormat.of().parseHex(m.group(1));
  }

  private static BoundedDaemon openssl(String profile, SrtpSuite suite, String tool, String... args)
      throws Exception {
    int length = 2 * (suite.masterKeyLength() + suite.masterSaltLength());
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "openssl",
                tool,
                "-dtls1_2",
                "-use_srtp",
                profile,
                "-keymatexport",
                "EXTRACTOR-dtls_srtp",
                "-keymatexportlen",
                Integer.toString(length)));
    command.addAll(List.of(args));
    if (tool.equals("s_server")) {
      // s_server quits at EOF on stdin (-ign_eof notwithstanding, for DTLS): feed it a pipe that
      // stays open as long as the test may run. timeout's TERM reaches the whole group.
      StringBuilder line = new StringBuilder("sleep " + WAIT.toSeconds() + " | exec");
      command.forEach(a -> line.append(" '").append(a).append("'"));
      command = List.of("sh", "-c", line.toString());
    }
    return BoundedDaemon.start(
        "openssl-" + tool, command, Map.of(), null, dir.resolve(tool + ".log"), WAIT);
  }

  private static DatagramSocket bind(int port) throws Exception {
    return new DatagramSocket(
        new InetSocketAddress(InetAddress.getByName(lab.localAddress()), port));
  }

  private static PacketTransform await(DtlsEndpoint endpoint) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (endpoint.transform() == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no DTLS keys");
      }
      Thread.sleep(20);
    }
    return java.util.Objects.requireNonNull(endpoint.transform());
  }

  /** Listener that needs nothing: the tests poll the endpoint. */
  private static final class Ignore implements DtlsEndpoint.Listener {
    @Override
    public void onReady(PacketTransform transform) {}

    @Override
    public void onFailed(String reason) {}
  }

  /**
   * The engine's part in miniature: reads the socket on a daemon thread, latches the peer's address
   * from its first datagram (unless given), and hands DTLS datagrams to the endpoint.
   */
  private static final class Relay implements AutoCloseable {
    private final DatagramSocket socket;
    private final AtomicReference<SocketAddress> peer = new AtomicReference<>();

    Relay(DatagramSocket socket, @org.jspecify.annotations.Nullable SocketAddress peer) {
      this.socket = socket;
      this.peer.set(peer);
    }

    void start(DtlsEndpoint endpoint) {
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[2048];
                while (!socket.isClosed()) {
                  DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                  try {
                    socket.receive(p);
                  } catch (java.io.IOException e) {
                    return;
                  }
                  peer.compareAndSet(null, p.getSocketAddress());
                  if (CallSecurity.isDtls(buffer[0])) {
                    endpoint.onDatagram(buffer, p.getLength());
                  }
                }
              },
              "test-relay");
      reader.setDaemon(true);
      reader.start();
    }

    void send(byte[] datagram, int length) throws java.io.IOException {
      SocketAddress to = peer.get();
      if (to != null) {
        socket.send(new DatagramPacket(datagram, length, to));
      }
    }

    @Override
    public void close() {
      socket.close();
    }
  }
}
