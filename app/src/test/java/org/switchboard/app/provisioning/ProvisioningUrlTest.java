package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.settings.ProvisionedSettings;
import org.switchboard.app.settings.ProvisionedSettings.Problem;

/**
 * The provisioning URL, served over HTTPS on loopback by MockWebServer with a certificate from a
 * test authority that the client is told to trust (or not).
 */
class ProvisioningUrlTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final HeldCertificate AUTHORITY =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Test IT").build();
  private static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .signedBy(AUTHORITY)
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName(LOOPBACK.getHostAddress())
          .addSubjectAlternativeName(LOOPBACK.getCanonicalHostName())
          .build();
  private static final String SERVED =
      """
      {"version": 1, "settings": {"host": "url.example.com", "queue": {"url": "https://q.example.com"}},
       "locked": ["queue"]}
      """;

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(SERVER, AUTHORITY.certificate())
            .build()
            .sslSocketFactory(),
        false);
    server.start(LOOPBACK, 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static SSLContext contextTrusting(HeldCertificate authority) {
    return new HandshakeCertificates.Builder()
        .addTrustedCertificate(authority.certificate())
        .build()
        .sslContext();
  }

  private ProvisionedSettings load() {
    return load(
        ProvisioningClient.trusting(contextTrusting(AUTHORITY), Duration.ofSeconds(5), 64 * 1024));
  }

  private ProvisionedSettings load(ProvisioningClient client) {
    return new Provisioning(dir.resolve("provisioning.json"), dir.resolve("data"), client).load();
  }

  private String url() {
    return server.url("/switchboard.json").toString();
  }

  private void fileNaming(String url) throws Exception {
    Files.writeString(
        dir.resolve("provisioning.json"),
        """
        {"version": 1, "url": "%s",
         "settings": {"host": "file.example.com", "port": 5070}, "locked": ["host"]}
        """
            .formatted(url));
  }

  @Test
  void theUrlsValuesWinOverTheFilesAndItsLocksAddToTheFiles() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setBody(SERVED));

    ProvisionedSettings provisioned = load();

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getPath()).isEqualTo("/switchboard.json");
    assertThat(provisioned.problems()).isEmpty();
    assertThat(provisioned.defaults().account().host()).isEqualTo("url.example.com");
    assertThat(provisioned.defaults().account().port()).isEqualTo(5070);
    assertThat(provisioned.defaults().queue().url()).isEqualTo("https://q.example.com");
    assertThat(provisioned.locks().isLocked("host")).isTrue();
    assertThat(provisioned.locks().isLocked("queue.url")).isTrue();
    assertThat(dir.resolve("data/provisioning/url.json")).exists();
  }

  @Test
  void aFailingUrlFallsBackToItsLastGoodCopy() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setBody(SERVED));
    load();
    server.enqueue(new MockResponse().setResponseCode(503));

    ProvisionedSettings provisioned = load();

    assertThat(provisioned.problems())
        .containsExactly(new Problem(url(), "url: the server answered HTTP 503", true));
    assertThat(provisioned.defaults().account().host()).isEqualTo("url.example.com");
    assertThat(provisioned.locks().isLocked("queue.url")).isTrue();
  }

  @Test
  void anInvalidServedDocumentIsReportedNamingTheUrlAndField() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setBody("{\"version\": 1, \"settings\": {\"port\": -1}}"));

    ProvisionedSettings provisioned = load();

    assertThat(provisioned.problems())
        .containsExactly(
            new Problem(url(), "settings.port: Enter a port number from 1 to 65535", false));
    assertThat(provisioned.defaults().account().host()).isEqualTo("file.example.com");
  }

  @Test
  void aPlainHttpUrlIsRefusedNamingUrlAndNothingIsFetched() throws Exception {
    String plain = url().replace("https://", "http://");
    fileNaming(plain);

    ProvisionedSettings provisioned = load();

    assertThat(provisioned.problems())
        .containsExactly(
            new Problem(
                dir.resolve("provisioning.json").toString(),
                "url: must be an https:// address",
                false));
    assertThat(server.getRequestCount()).isZero();
    ProvisioningClient client =
        ProvisioningClient.trusting(contextTrusting(AUTHORITY), Duration.ofSeconds(5), 1024);
    assertThatThrownBy(() -> client.fetch(java.net.URI.create(plain)))
        .hasMessageContaining(": url: must be an https:// address");
  }

  @Test
  void aCertificateTheClientDoesNotTrustIsRefused() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setBody(SERVED));
    HeldCertificate stranger =
        new HeldCertificate.Builder().certificateAuthority(0).commonName("Someone else").build();

    ProvisionedSettings provisioned =
        load(
            ProvisioningClient.trusting(
                contextTrusting(stranger), Duration.ofSeconds(5), 64 * 1024));

    assertThat(provisioned.problems()).hasSize(1);
    assertThat(provisioned.problems().get(0).detail())
        .startsWith("url: the server's certificate was refused");
    assertThat(provisioned.defaults().account().host()).isEqualTo("file.example.com");
    assertThat(provisioned.locks().isLocked("queue")).isFalse();
  }

  @Test
  void aDocumentLargerThanTheCapIsRefused() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setBody(SERVED + " ".repeat(4096)));

    ProvisionedSettings provisioned =
        load(ProvisioningClient.trusting(contextTrusting(AUTHORITY), Duration.ofSeconds(5), 1024));

    assertThat(provisioned.problems())
        .extracting(Problem::detail)
        .singleElement()
        .asString()
        .contains("larger than 1024 bytes");
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
    fileNaming(url());
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    ProvisionedSettings provisioned =
        load(ProvisioningClient.trusting(contextTrusting(AUTHORITY), Duration.ofMillis(500), 1024));

    assertThat(provisioned.problems())
        .containsExactly(new Problem(url(), "url: no answer within 500 ms", false));
  }
}
