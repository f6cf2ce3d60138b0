package org.switchboard.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * A MockWebServer standing in for a Salesforce org: https on loopback (the settings accept https
 * only) with a certificate made for the test, which only the connector's client trusts.
 */
final class SalesforceTestOrg implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LIGHTNING = "https://acme.lightning.force.com";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final HeldCertificate CERTIFICATE =
      new HeldCertificate.Builder()
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName(LOOPBACK.getHostAddress())
          .addSubjectAlternativeName(LOOPBACK.getCanonicalHostName())
          .build();

  final MockWebServer server = new MockWebServer();

  SalesforceTestOrg() throws IOException {
    HandshakeCertificates serverSide =
        new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build();
    server.useHttps(serverSide.sslSocketFactory(), false);
    server.start(LOOPBACK, 0);
  }

  SalesforceSettings settings() {
    return new SalesforceSettings(
        server.url("/").uri(),
        URI.create(LIGHTNING),
        "v60.0",
        new CrmAuth.None(),
        SalesforceSettings.DEFAULT_CALL_KEY_FIELD,
        BERLIN);
  }

  CrmConnector connector(Credentials credentials, HttpPolicy policy) {
    return connector(settings(), credentials, policy);
  }

  CrmConnector connector(SalesforceSettings settings, Credentials credentials, HttpPolicy policy) {
    HandshakeCertificates clientSide =
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(CERTIFICATE.certificate())
            .build();
    OkHttpClient client =
        new OkHttpClient.Builder()
            .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager())
            .build();
    CrmHttp http = new CrmHttp(client, policy, JSON, Clock.systemUTC());
    return SalesforceCrm.create(settings, credentials, http);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
