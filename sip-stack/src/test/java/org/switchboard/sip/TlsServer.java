package org.switchboard.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.testkit.BoundedDaemon;
import org.switchboard.testkit.Lab;

/**
 * A throwaway TLS server, {@code openssl s_server} on the lab's address, serving a lab certificate
 * with chosen protocol and cipher options; it logs each TLS message it sees ({@code -msg}). Lives
 * at most 20 s; closing stops it by PID.
 */
final class TlsServer implements AutoCloseable {
  private final BoundedDaemon daemon;
  final int port;

  private TlsServer(BoundedDaemon daemon, int port) {
    this.daemon = daemon;
    this.port = port;
  }

  /**
   * Serves lab certificate {@code certificate} (e.g. {@code wrong-host}), or none when null, with
   * {@code options} added to s_server's command line.
   */
  static TlsServer start(Lab lab, int port, String certificate, String... options) {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of("openssl", "s_server", "-accept", lab.localAddress() + ":" + port, "-msg", "-rev"));
    if (certificate.isEmpty()) {
      command.add("-nocert");
    } else {
      command.addAll(
          List.of(
              "-cert",
              lab.tlsDir().resolve(certificate + ".pem").toString(),
              "-key",
              lab.tlsDir().resolve(certificate + ".key").toString()));
    }
    command.addAll(List.of(options));
    Path log = lab.labDir().resolve("logs").resolve("s_server-" + port + ".log");
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "openssl s_server", command, java.util.Map.of(), null, log, Duration.ofSeconds(20));
    TlsServer server = new TlsServer(daemon, port);
    daemon.awaitReady(() -> server.log().contains("ACCEPT"), Duration.ofSeconds(5));
    return server;
  }

  /** What s_server printed: its TLS messages, errors and any data received. */
  String log() {
    return daemon.log();
  }

  /** Whether a client began a TLS handshake (and so did not send SIP in the clear first). */
  boolean sawClientHello() {
    return log().contains("ClientHello");
  }

  /** Whether a handshake completed, after which application data could have flowed. */
  boolean handshakeCompleted() {
    return log().contains("CONNECTION ESTABLISHED");
  }

  @Override
  public void close() {
    daemon.close();
  }
}
