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
import java.util.concurrent.atomic.AtomicInteger;
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
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

class HubSpotCrmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");

  private final MockWebServer hubspot = new MockWebServer();
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    hubspot.start(java.net.InetAddress.getLoopbackAddress(), 0);
    crm = connector(Credentials.bearer(Secret.of("pat-na1-test-token")), HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    hubspot.shutdown();
  }

  private CrmConnector connector(Credentials credentials, HttpPolicy policy) {
    HubSpotSettings settings =
        new HubSpotSettings(
            hubspot.url("/").uri(),
            URI.create("https://app.hubspot.com"),
            "4242",
            new CrmAuth.None(),
            "switchboard_call_key",
            Map.of("resolved", "f240bbac-87c9-4f6e-bf70-924b57d47db7"));
    CrmHttp http = new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC());
    return HubSpotCrm.create(settings, credentials, http);
  }

  private static CallRecord record(String key) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+49301234567",
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(95),
        "billing",
        "resolved",
        "Refund sent",
        List.of("vip"),
        URI.create("https://rec.example/r/1"),
        "Agent Smith",
        new CustomerId("hubspot", "512"));
  }

  @Test
  void aPhoneSearchAsksForPhoneOrMobileEqualToTheE164Number() throws Exception {
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-one.json"));

    List<Customer> found = crm.directory().findByPhone(ANNA);

    RecordedRequest search = hubspot.takeRequest();
    assertThat(search.getMethod()).isEqualTo("POST");
    assertThat(search.getPath()).isEqualTo("/crm/v3/objects/contacts/search");
    assertThat(search.getHeader("Authorization")).isEqualTo("Bearer pat-na1-test-token");
    JsonNode body = JSON.readTree(search.getBody().readUtf8());
    assertThat(body.at("/filterGroups/0/filters/0/propertyName").asText()).isEqualTo("phone");
    assertThat(body.at("/filterGroups/0/filters/0/operator").asText()).isEqualTo("EQ");
    assertThat(body.at("/filterGroups/0/filters/0/value").asText()).isEqualTo("+49301234567");
    assertThat(body.at("/filterGroups/1/filters/0/propertyName").asText()).isEqualTo("mobilephone");
    Customer anna = found.get(0);
    assertThat(anna.id()).isEqualTo(new CustomerId("hubspot", "512"));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.emails()).containsExactly("anna.schmidt@nordwind.example");
    assertThat(anna.phoneNumbers()).containsExactly("+49301234567");
    assertThat(anna.recordLink())
        .isEqualTo(URI.create("https://app.hubspot.com/contacts/4242/record/0-1/512"));
  }

  @Test
  void severalContactsWithTheNumberAreAllReturned() throws Exception {
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-two.json"));

    assertThat(crm.directory().findByPhone(new PhoneNumber("+12025550143")))
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson");
  }

  @Test
  void noContactMeansAnEmptyList() throws Exception {
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-none.json"));

    assertThat(crm.directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void detailsBringTheAssociatedCallsNewestFirstAndOnlyOpenTickets() throws Exception {
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-one.json"));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/contact-512-associations.json"));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/calls-batch-read.json"));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/tickets-batch-read.json"));
    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    Customer detailed = crm.directory().details(anna);

    hubspot.takeRequest();
    assertThat(hubspot.takeRequest().getPath())
        .isEqualTo("/crm/v3/objects/contacts/512?associations=calls%2Ctickets");
    RecordedRequest calls = hubspot.takeRequest();
    assertThat(calls.getPath()).isEqualTo("/crm/v3/objects/calls/batch/read");
    assertThat(JSON.readTree(calls.getBody().readUtf8()).at("/inputs/1/id").asText())
        .isEqualTo("9002");
    assertThat(detailed.recentInteractions())
        .extracting(i -> i.notes())
        .containsExactly("Delivery window moved to Friday", "Asked for a quote on pallets");
    assertThat(detailed.openItems()).hasSize(1);
    assertThat(detailed.openItems().get(0).kind()).isEqualTo(OpenItemKind.TICKET);
    assertThat(detailed.openItems().get(0).title()).isEqualTo("Damaged pallet on delivery 88121");
    assertThat(detailed.name()).isEqualTo("Anna Schmidt");
  }

  @Test
  void aCallIsLoggedByUpsertOnTheCallKeyAndAssociatedWithTheContact() throws Exception {
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/calls-upsert.json"));
    hubspot.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));

    crm.callLog().write(record("call-7"));

    RecordedRequest upsert = hubspot.takeRequest();
    assertThat(upsert.getPath()).isEqualTo("/crm/v3/objects/calls/batch/upsert");
    JsonNode input = JSON.readTree(upsert.getBody().readUtf8()).at("/inputs/0");
    assertThat(input.path("idProperty").asText()).isEqualTo("switchboard_call_key");
    assertThat(input.path("id").asText()).isEqualTo("call-7");
    JsonNode p = input.path("properties");
    assertThat(p.path("hs_call_direction").asText()).isEqualTo("INBOUND");
    assertThat(p.path("hs_call_duration").asText()).isEqualTo("95000");
    assertThat(p.path("hs_timestamp").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(p.path("hs_call_from_number").asText()).isEqualTo("+49301234567");
    assertThat(p.path("hs_call_recording_url").asText()).isEqualTo("https://rec.example/r/1");
    assertThat(p.path("hs_call_disposition").asText())
        .isEqualTo("f240bbac-87c9-4f6e-bf70-924b57d47db7");
    assertThat(p.path("hs_call_body").asText())
        .contains("Refund sent", "Tags: vip", "Agent: Agent Smith");
    RecordedRequest associate = hubspot.takeRequest();
    assertThat(associate.getMethod()).isEqualTo("PUT");
    assertThat(associate.getPath())
        .isEqualTo("/crm/v4/objects/calls/88001/associations/default/contacts/512");
  }

  @Test
  void loggingTheSameCallTwiceSendsTheSameUpsertSoHubSpotKeepsOneCall() throws Exception {
    for (int i = 0; i < 2; i++) {
      hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/calls-upsert.json"));
      hubspot.enqueue(new MockResponse().setBody("{}"));
    }

    crm.callLog().write(record("call-7"));
    crm.callLog().write(record("call-7"));

    String first = hubspot.takeRequest().getBody().readUtf8();
    hubspot.takeRequest();
    String second = hubspot.takeRequest().getBody().readUtf8();
    assertThat(second).isEqualTo(first);
    assertThat(hubspot.getRequestCount()).isEqualTo(4);
  }

  @Test
  void rateLimitsAndOutagesAreRetryableWithTheServersRetryAfter() throws Exception {
    hubspot.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    hubspot.enqueue(new MockResponse().setResponseCode(503));
    hubspot.enqueue(new MockResponse().setResponseCode(500).setBody("{\"status\":\"error\"}"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
              assertThat(e.getMessage()).contains("429");
            });
    assertThatThrownBy(() -> crm.callLog().write(record("call-1")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void aSlowHubSpotIsCutOffByTheCallTimeout() throws Exception {
    CrmConnector impatient =
        connector(
            Credentials.none(), HttpPolicy.defaults().withCallTimeout(Duration.ofMillis(300)));
    hubspot.enqueue(
        Fixtures.json("/org/switchboard/crm/hubspot/search-one.json")
            .setBodyDelay(2, TimeUnit.SECONDS));
    hubspot.enqueue(
        Fixtures.json("/org/switchboard/crm/hubspot/search-one.json")
            .throttleBody(16, 1, TimeUnit.SECONDS));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> impatient.directory().findByPhone(ANNA))
          .isInstanceOfSatisfying(
              DirectoryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
                assertThat(e.getMessage()).contains("300 ms");
              });
    }
  }

  @Test
  void aConnectionResetIsRetryable() throws Exception {
    hubspot.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    hubspot.enqueue(
        Fixtures.json("/org/switchboard/crm/hubspot/search-one.json")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
          .isInstanceOfSatisfying(
              DirectoryException.class,
              e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE));
    }
  }

  @Test
  void malformedOrWrongShapeAnswersAreRefusedAsMalformed() throws Exception {
    hubspot.enqueue(new MockResponse().setBody("{\"results\": [ {\"id\": \"1\", "));
    hubspot.enqueue(new MockResponse().setBody("{\"total\": 1}"));
    hubspot.enqueue(new MockResponse().setBody("{\"results\": [ {\"properties\": {}} ]}"));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
          .isInstanceOfSatisfying(
              DirectoryException.class,
              e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.MALFORMED));
    }
  }

  @Test
  void anOversizedAnswerIsRefused() throws Exception {
    CrmConnector small =
        connector(Credentials.none(), HttpPolicy.defaults().withMaxResponseBytes(1024));
    hubspot.enqueue(
        new MockResponse().setBody("{\"results\":[],\"pad\":\"" + "x".repeat(5000) + "\"}"));

    assertThatThrownBy(() -> small.directory().findByPhone(ANNA))
        .hasMessageContaining("larger than 1024 bytes");
  }

  @Test
  void aRedirectToAnotherHostIsRefused() throws Exception {
    hubspot.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "https://evil.example/steal"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("evil.example").contains("refused");
            });
    assertThat(hubspot.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a401RenewsTheCredentialsOnceAndRetries() throws Exception {
    AtomicInteger renewals = new AtomicInteger();
    Credentials refreshing =
        new Credentials() {
          @Override
          public void apply(okhttp3.Request.Builder request) {
            request.header("Authorization", "Bearer token-" + renewals.get());
          }

          @Override
          public boolean renewAfterRejection() {
            renewals.incrementAndGet();
            return true;
          }
        };
    CrmConnector oauth = connector(refreshing, HttpPolicy.defaults());
    hubspot.enqueue(new MockResponse().setResponseCode(401));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-one.json"));
    hubspot.enqueue(new MockResponse().setResponseCode(401));
    hubspot.enqueue(new MockResponse().setResponseCode(401));

    assertThat(oauth.directory().findByPhone(ANNA)).hasSize(1);
    assertThat(hubspot.takeRequest().getHeader("Authorization")).isEqualTo("Bearer token-0");
    assertThat(hubspot.takeRequest().getHeader("Authorization")).isEqualTo("Bearer token-1");
    assertThatThrownBy(() -> oauth.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED));
  }

  @Test
  void aContactIsCreatedWithTheNumberTheAgentSaw() throws Exception {
    hubspot.enqueue(
        Fixtures.json("/org/switchboard/crm/hubspot/contact-created.json").setResponseCode(201));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"),
                    "Dana van Dijk",
                    "Dana GmbH",
                    "dana@example.com"));

    JsonNode p = JSON.readTree(hubspot.takeRequest().getBody().readUtf8()).path("properties");
    assertThat(p.path("firstname").asText()).isEqualTo("Dana");
    assertThat(p.path("lastname").asText()).isEqualTo("van Dijk");
    assertThat(p.path("phone").asText()).isEqualTo("+4940123456");
    assertThat(created.id()).isEqualTo(new CustomerId("hubspot", "733"));
  }

  @Test
  void settingsErrorsNameTheSetting() {
    assertThatThrownBy(
            () ->
                new HubSpotSettings(
                    URI.create("https://api.hubapi.com"),
                    URI.create("http://app.hubspot.com"),
                    "4242",
                    new CrmAuth.None(),
                    "k",
                    Map.of()))
        .hasMessageContaining("crm.hubspot.appUrl");
    assertThatThrownBy(() -> HubSpotSettings.production("my-portal", new CrmAuth.None()))
        .hasMessageContaining("crm.hubspot.portalId");
  }

  @Test
  void failuresNeverCarryTheNumberOrTheToken() throws Exception {
    hubspot.enqueue(
        new MockResponse().setResponseCode(400).setBody("{\"message\":\"bad +49301234567\"}"));

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> crm.directory().findByPhone(ANNA));

    assertThat(thrown.getMessage()).doesNotContain("+49301234567").doesNotContain("pat-na1");
    assertThat(thrown).isInstanceOf(DirectoryException.class);
    assertThat(((DirectoryException) thrown).kind()).isEqualTo(DirectoryException.Kind.REJECTED);
    assertThat(CrmCallFailure.class).isNotNull();
  }
}
