package org.switchboard.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.switchboard.core.Secret;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/** A MockWebServer standing in for HubSpot's API (portal 4242), and connectors pointed at it. */
final class HubSpotTestPortal implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "test-token";
  static final String RESOLVED_OUTCOME = "f240bbac-87c9-4f6e-bf70-924b57d47db7";

  final MockWebServer server = new MockWebServer();

  HubSpotTestPortal() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  static MockResponse fixture(String name) {
    return Fixtures.json("/org/switchboard/crm/hubspot/" + name);
  }

  HubSpotSettings settings() {
    return new HubSpotSettings(
        server.url("/").uri(),
        URI.create("https://app.hubspot.com"),
        "4242",
        new CrmAuth.None(),
        "switchboard_call_key",
        Map.of("Resolved", RESOLVED_OUTCOME));
  }

  CrmConnector connector() {
    return connector(Credentials.bearer(Secret.of(TOKEN)), HttpPolicy.defaults());
  }

  CrmConnector connector(Credentials credentials, HttpPolicy policy) {
    CrmHttp http = new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC());
    return HubSpotCrm.create(settings(), credentials, http);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
