package org.switchboard.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.GenericRestSettings.ListField;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * A MockWebServer standing in for an in-house CRM that nests customers under {@code
 * /data/customers} (the fixtures under {@code rest/}), and settings describing it.
 */
final class GenericRestTestCrm implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "in-house-token";

  final MockWebServer server = new MockWebServer();

  GenericRestTestCrm() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  static MockResponse fixture(String name) {
    return Fixtures.json("/org/switchboard/crm/rest/" + name);
  }

  String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Settings for this server, for a test to change what it examines. */
  Settings settings() {
    return new Settings(base());
  }

  CrmConnector connector() {
    return connector(settings().build());
  }

  CrmConnector connector(GenericRestSettings settings) {
    return connector(settings, HttpPolicy.defaults());
  }

  CrmConnector connector(GenericRestSettings settings, HttpPolicy policy) {
    CrmHttp http = new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC());
    return GenericRestCrm.create(settings, Credentials.bearer(Secret.of(TOKEN)), http);
  }

  static CallRecord record(String key) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+49301234567",
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(95),
        "support-de",
        "resolved",
        "Refund sent",
        List.of("vip", "refund"),
        URI.create("https://recordings.example.com/r/77"),
        "Agent Smith",
        new CustomerId("rest", "C-1042"));
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /** A mutable stand-in for the record's many components. */
  static final class Settings {
    String lookupUrl;
    Fields fields =
        new Fields(
            "/data/customers",
            "/ref",
            "/person/display",
            "/org/name",
            "/phones",
            "/mail",
            "/labels",
            new ListField(
                "/history",
                Map.of("at", "/when", "agent", "/by", "disposition", "/outcome", "notes", "/text")),
            new ListField(
                "/tickets",
                Map.of("id", "/no", "kind", "/type", "title", "/subject", "status", "/state")));
    @Nullable String nameSearchUrl;
    String logUrl;
    String logMethod = "POST";
    Map<String, String> logBody = Map.of("/call/id", "key", "/call/notes", "notes");
    @Nullable String createUrl;
    Map<String, String> createBody = Map.of("/fullName", "name", "/phone", "phone");
    @Nullable String recordLink = "https://crm.example.com/people/{id}";
    CrmAuth auth = new CrmAuth.None();

    Settings(String base) {
      lookupUrl = base + "/api/people?phone={number}";
      nameSearchUrl = base + "/api/people?name={text}";
      logUrl = base + "/api/calls";
      createUrl = base + "/api/people";
    }

    GenericRestSettings build() {
      return new GenericRestSettings(
          lookupUrl,
          fields,
          nameSearchUrl,
          logUrl,
          logMethod,
          logBody,
          createUrl,
          createBody,
          recordLink,
          auth);
    }
  }
}
