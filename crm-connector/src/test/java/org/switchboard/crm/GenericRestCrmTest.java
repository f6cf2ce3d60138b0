package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.GenericRestSettings.ListField;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

class GenericRestCrmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");
  private static final String ONE =
      """
      {"data": {"customers": [
        {"ref": "C-1", "person": {"display": "Anna Schmidt"}, "org": {"name": "Nordwind"},
         "phones": ["+49301234567"], "mail": "anna@nordwind.example", "labels": ["vip"],
         "history": [{"when": "2026-11-02T14:40:00Z", "by": "Omar", "outcome": "callback", "text": "Quote"},
                     {"when": "2026-11-20T09:12:00Z", "by": "Lea", "outcome": "resolved", "text": "Moved"},
                     {"when": "not a time", "text": "skipped"}],
         "tickets": [{"no": "T-9", "type": "ticket", "subject": "Damaged pallet", "state": "open"}]}
      ]}}
      """;

  private final MockWebServer crm = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    crm.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws Exception {
    crm.shutdown();
  }

  private GenericRestSettings settings(String lookup, String logUrl, String method) {
    return new GenericRestSettings(
        lookup,
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
                Map.of("id", "/no", "kind", "/type", "title", "/subject", "status", "/state"))),
        base() + "/api/people?name={text}",
        logUrl,
        method,
        Map.of(
            "/call/id",
            "key",
            "/call/direction",
            "direction",
            "/call/customer",
            "customerId",
            "/call/seconds",
            "durationSeconds",
            "/call/notes",
            "notes",
            "/call/tags",
            "tags"),
        base() + "/api/people",
        Map.of("/fullName", "name", "/phone", "phone"),
        "https://crm.example.com/people/{id}",
        new CrmAuth.None());
  }

  private String base() {
    return "http://127.0.0.1:" + crm.getPort();
  }

  private CrmConnector connector(GenericRestSettings settings, HttpPolicy policy) {
    return GenericRestCrm.create(
        settings,
        Credentials.bearer(Secret.of("in-house-token")),
        new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC()));
  }

  private CrmConnector connector() {
    return connector(
        settings(base() + "/api/people?phone={number}", base() + "/api/calls", "POST"),
        HttpPolicy.defaults());
  }

  private static CallRecord record(String key) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+49301234567",
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(95),
        null,
        "resolved",
        "Refund sent",
        List.of("vip"),
        null,
        "Agent Smith",
        new CustomerId("rest", "C-1"));
  }

  @Test
  void theMappingTurnsTheAnswerIntoACustomer() throws Exception {
    crm.enqueue(new MockResponse().setBody(ONE));

    Customer anna = connector().directory().findByPhone(ANNA).get(0);

    RecordedRequest request = crm.takeRequest();
    assertThat(request.getRequestUrl().queryParameter("phone")).isEqualTo("+49301234567");
    assertThat(request.getPath()).isEqualTo("/api/people?phone=%2B49301234567");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer in-house-token");
    assertThat(anna.id()).isEqualTo(new CustomerId("rest", "C-1"));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind");
    assertThat(anna.emails()).containsExactly("anna@nordwind.example");
    assertThat(anna.tags()).containsExactly("vip");
    assertThat(anna.recentInteractions())
        .extracting(i -> i.notes())
        .containsExactly("Moved", "Quote");
    assertThat(anna.openItems()).extracting(i -> i.title()).containsExactly("Damaged pallet");
    assertThat(anna.recordLink()).isEqualTo(URI.create("https://crm.example.com/people/C-1"));
  }

  @Test
  void severalNoneAndA404AreAllAnswers() throws Exception {
    crm.enqueue(
        new MockResponse()
            .setBody(
                "{\"data\":{\"customers\":[{\"ref\":\"1\",\"person\":{\"display\":\"A\"}},{\"ref\":\"2\",\"person\":{\"display\":\"B\"}}]}}"));
    crm.enqueue(new MockResponse().setBody("{\"data\":{\"customers\":[]}}"));
    crm.enqueue(new MockResponse().setResponseCode(404));

    assertThat(connector().directory().findByPhone(ANNA)).hasSize(2);
    assertThat(connector().directory().findByPhone(ANNA)).isEmpty();
    assertThat(connector().directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void hostileTextIsEncodedIntoPathsAndQueries() throws Exception {
    CrmConnector pathStyle =
        connector(
            settings(base() + "/api/by-phone/{number}", base() + "/api/calls/{key}", "PUT"),
            HttpPolicy.defaults());
    crm.enqueue(new MockResponse().setBody("{\"data\":{\"customers\":[]}}"));
    crm.enqueue(new MockResponse().setBody("{\"data\":{\"customers\":[]}}"));
    crm.enqueue(new MockResponse().setResponseCode(204));

    pathStyle.directory().findByPhone(new PhoneNumber("#31*"));
    pathStyle.directory().searchByName("Ann&admin=1/../x?y", 5);
    pathStyle.callLog().write(record("key/with?odd&chars"));

    assertThat(crm.takeRequest().getPath()).isEqualTo("/api/by-phone/%2331*");
    RecordedRequest search = crm.takeRequest();
    assertThat(search.getRequestUrl().queryParameter("name")).isEqualTo("Ann&admin=1/../x?y");
    assertThat(search.getRequestUrl().queryParameterNames()).containsExactly("name");
    RecordedRequest log = crm.takeRequest();
    assertThat(log.getMethod()).isEqualTo("PUT");
    assertThat(log.getRequestUrl().pathSegments())
        .containsExactly("api", "calls", "key/with?odd&chars");
  }

  @Test
  void aCallIsSentWithTheMappedBodyAndTheKeyAsIdempotencyKeyEveryTime() throws Exception {
    CrmConnector rest = connector();
    crm.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    crm.enqueue(new MockResponse().setResponseCode(201).setBody("{\"ok\":true}"));

    assertThatThrownBy(() -> rest.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    rest.callLog().write(record("call-7"));

    RecordedRequest first = crm.takeRequest();
    RecordedRequest second = crm.takeRequest();
    assertThat(first.getHeader("Idempotency-Key")).isEqualTo("call-7");
    assertThat(second.getHeader("Idempotency-Key")).isEqualTo("call-7");
    JsonNode call = JSON.readTree(second.getBody().readUtf8()).path("call");
    assertThat(call.path("id").asText()).isEqualTo("call-7");
    assertThat(call.path("direction").asText()).isEqualTo("inbound");
    assertThat(call.path("customer").asText()).isEqualTo("C-1");
    assertThat(call.path("seconds").asLong()).isEqualTo(95);
    assertThat(call.path("tags").get(0).asText()).isEqualTo("vip");
  }

  @Test
  void a404OnTheLogUrlIsPermanentAndA409IsRetried() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(404));
    crm.enqueue(new MockResponse().setResponseCode(409));

    assertThatThrownBy(() -> connector().callLog().write(record("k")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("crm.rest.logUrl").contains("404");
            });
    assertThatThrownBy(() -> connector().callLog().write(record("k")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void outagesSlownessResetsAndBadAnswersMapToTheirKinds() throws Exception {
    CrmConnector strict =
        connector(
            settings(base() + "/api/people?phone={number}", base() + "/api/calls", "POST"),
            HttpPolicy.defaults()
                .withCallTimeout(Duration.ofMillis(300))
                .withMaxResponseBytes(4096));
    crm.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    crm.enqueue(new MockResponse().setResponseCode(503));
    crm.enqueue(new MockResponse().setResponseCode(500));
    crm.enqueue(new MockResponse().setBody(ONE).setBodyDelay(2, TimeUnit.SECONDS));
    crm.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    crm.enqueue(new MockResponse().setBody("{\"data\": "));
    crm.enqueue(new MockResponse().setBody("{\"data\": {\"customers\": {}}}"));
    crm.enqueue(new MockResponse().setBody("{\"data\": {\"customers\": [{\"ref\": \"1\"}]}}"));
    crm.enqueue(
        new MockResponse()
            .setBody("{\"data\":{\"customers\":[]},\"x\":\"" + "y".repeat(9000) + "\"}"));
    crm.enqueue(
        new MockResponse()
            .setResponseCode(307)
            .setHeader("Location", "https://elsewhere.example/"));

    List<String> outcomes = new java.util.ArrayList<>();
    String lastMessage = "";
    for (int i = 0; i < 10; i++) {
      try {
        strict.directory().findByPhone(ANNA);
        outcomes.add("ok");
      } catch (DirectoryException e) {
        outcomes.add(e.kind() + (e.retryAfter() == null ? "" : "/" + e.retryAfter().toSeconds()));
        if (i == 7) {
          lastMessage = e.getMessage();
        }
      }
    }

    assertThat(outcomes)
        .containsExactly(
            "UNAVAILABLE/7",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "MALFORMED",
            "MALFORMED",
            "MALFORMED",
            "MALFORMED",
            "REJECTED");
    assertThat(lastMessage).contains("crm.rest.fields.name (/person/display)");
  }

  @Test
  void aContactIsCreatedWithTheMappedBody() throws Exception {
    crm.enqueue(
        new MockResponse()
            .setResponseCode(201)
            .setBody("{\"ref\":\"C-9\",\"person\":{\"display\":\"Dana\"}}"));

    Customer created =
        connector()
            .directory()
            .createContact(new NewContact(new PhoneNumber("+4940123456"), "Dana", null, null));

    JsonNode body = JSON.readTree(crm.takeRequest().getBody().readUtf8());
    assertThat(body.path("fullName").asText()).isEqualTo("Dana");
    assertThat(body.path("phone").asText()).isEqualTo("+4940123456");
    assertThat(created.id().value()).isEqualTo("C-9");
  }

  @Test
  void settingsErrorsNameTheSetting() {
    assertThatThrownBy(
            () ->
                connector(
                    settings("http://crm.example.com/p?phone={number}", base() + "/c", "POST"),
                    HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.lookupUrl must be https");
    assertThatThrownBy(
            () ->
                connector(
                    settings("https://{number}.example.com/p", base() + "/c", "POST"),
                    HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.lookupUrl may not have a placeholder in its host");
    assertThatThrownBy(
            () ->
                connector(
                    settings("https://crm.example.com/p?phone={phone}", base() + "/c", "POST"),
                    HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.lookupUrl uses a placeholder other than [{number}]");
    assertThatThrownBy(
            () ->
                connector(
                    settings(base() + "/p?phone={number}", base() + "/c", "DELETE"),
                    HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.logMethod must be POST or PUT");
    GenericRestSettings badPointer =
        new GenericRestSettings(
            base() + "/p?phone={number}",
            new Fields("/data", "/id", "name-without-slash", null, null, null, null, null, null),
            null,
            base() + "/c",
            "POST",
            Map.of("/k", "key"),
            null,
            Map.of(),
            null,
            new CrmAuth.None());
    assertThatThrownBy(() -> connector(badPointer, HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.fields.name must be a JSON pointer");
    GenericRestSettings badField =
        new GenericRestSettings(
            base() + "/p?phone={number}",
            new Fields("/data", "/id", "/name", null, null, null, null, null, null),
            null,
            base() + "/c",
            "POST",
            Map.of("/k", "password"),
            null,
            Map.of(),
            null,
            new CrmAuth.None());
    assertThatThrownBy(() -> connector(badField, HttpPolicy.defaults()))
        .hasMessageContaining("crm.rest.logBody maps /k to unknown field 'password'");
  }
}
