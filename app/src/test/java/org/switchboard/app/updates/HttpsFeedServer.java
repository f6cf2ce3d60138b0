package org.switchboard.app.updates;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * An update feed served over HTTPS on loopback by MockWebServer, with a certificate from a test
 * authority, and update checks that trust that authority. Close it to stop the server.
 */
public final class HttpsFeedServer implements AutoCloseable {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final HeldCertificate AUTHORITY =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Test updates").build();
  private static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .signedBy(AUTHORITY)
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName(LOOPBACK.getHostAddress())
          .addSubjectAlternativeName(LOOPBACK.getCanonicalHostName())
          .build();

  /** The server; script its answers with {@code enqueue}. */
  public final MockWebServer server = new MockWebServer();

  public HttpsFeedServer() throws IOException {
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(SERVER, AUTHORITY.certificate())
            .build()
            .sslSocketFactory(),
        false);
    server.start(LOOPBACK, 0);
  }

  /** The feed's {@code https://} address. */
  public String feed() {
    return server.url("/switchboard/feed.json").toString();
  }

  /** Serves {@code json} once, with status 200. */
  public void serve(String json) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
  }

  /** A check that trusts this server, bounded to 5 s and 64 KiB, comparing with {@code running}. */
  public static UpdateCheck checkRunning(String running) {
    return check(Optional.of(running), Duration.ofSeconds(5), UpdateCheck.MAX_BYTES);
  }

  public static UpdateCheck check(Optional<String> running, Duration timeout, int maxBytes) {
    return UpdateCheck.trusting(trust(), timeout, maxBytes, running);
  }

  private static SSLContext trust() {
    return new HandshakeCertificates.Builder()
        .addTrustedCertificate(AUTHORITY.certificate())
        .build()
        .sslContext();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
