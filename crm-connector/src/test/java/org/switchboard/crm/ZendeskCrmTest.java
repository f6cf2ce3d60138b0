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
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

class ZendeskCrmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");
  private static final String Z = "/org/switchboard/crm/zendesk/";

  private final MockWebServer zendesk = new MockWebServer();
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    zendesk.start(java.net.InetAddress.getLoopbackAddress(), 0);
    crm = connector(HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    zendesk.shutdown();
  }

  private CrmConnector connector(HttpPolicy policy) {
    ZendeskSettings settings =
        new ZendeskSettings(
            zendesk.url("/").uri(), URI.create("https://acme.zendesk.com"), new CrmAuth.None());
    CrmHttp http = new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC());
    return ZendeskCrm.create(
        settings, Credentials.basic("agent@acme.example/token", Secret.of("zd-api-token")), http);
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
        List.of("VIP customer"),
        URI.create("https://rec.example/r/1"),
        "Agent Smith",
        new CustomerId("zendesk", "35436"));
  }

  @Test
  void aPhoneSearchFindsTheUserWithTheOrganisationAsCompany() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "users-one.json"));

    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    RecordedRequest request = zendesk.takeRequest();
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/v2/users/search");
    assertThat(request.getRequestUrl().queryParameter("query")).isEqualTo("phone:+49301234567");
    assertThat(request.getPath()).contains("query=phone%3A%2B49301234567");
    assertThat(request.getRequestUrl().queryParameter("include")).isEqualTo("organizations");
    assertThat(request.getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString("agent@acme.example/token:zd-api-token".getBytes()));
    assertThat(anna.id()).isEqualTo(new CustomerId("zendesk", "35436"));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.tags()).containsExactly("vip", "logistics");
    assertThat(anna.recordLink())
        .isEqualTo(URI.create("https://acme.zendesk.com/agent/users/35436"));
  }

  @Test
  void severalUsersAndNoUserAreReturnedAsTheyAre() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "users-two.json"));
    zendesk.enqueue(Fixtures.json(Z + "users-none.json"));

    assertThat(crm.directory().findByPhone(new PhoneNumber("+12025550143")))
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson");
    assertThat(crm.directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void detailsShowOpenTicketsAndRecentTicketsAsHistory() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "users-one.json"));
    zendesk.enqueue(Fixtures.json(Z + "tickets-requested.json"));
    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    Customer detailed = crm.directory().details(anna);

    zendesk.takeRequest();
    assertThat(zendesk.takeRequest().getRequestUrl().encodedPath())
        .isEqualTo("/api/v2/users/35436/tickets/requested");
    assertThat(detailed.openItems()).extracting(i -> i.id()).containsExactly("1042", "1050");
    assertThat(detailed.openItems().get(0).link())
        .isEqualTo(URI.create("https://acme.zendesk.com/agent/tickets/1042"));
    assertThat(detailed.recentInteractions())
        .extracting(i -> i.notes())
        .containsExactly(
            "Invoice address", "Damaged pallet on delivery 88121", "Quote for pallets");
  }

  @Test
  void aCallBecomesAPrivateTicketCreatedWithTheRecordKeyAsIdempotencyKeyAndExternalId()
      throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "tickets-by-external-id-none.json"));
    zendesk.enqueue(Fixtures.json(Z + "ticket-created.json").setResponseCode(201));

    crm.callLog().write(record("call-7"));

    RecordedRequest lookup = zendesk.takeRequest();
    assertThat(lookup.getRequestUrl().queryParameter("external_id")).isEqualTo("call-7");
    RecordedRequest create = zendesk.takeRequest();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getPath()).isEqualTo("/api/v2/tickets");
    assertThat(create.getHeader("Idempotency-Key")).isEqualTo("call-7");
    JsonNode ticket = JSON.readTree(create.getBody().readUtf8()).path("ticket");
    assertThat(ticket.path("external_id").asText()).isEqualTo("call-7");
    assertThat(ticket.path("requester_id").asLong()).isEqualTo(35436L);
    assertThat(ticket.path("subject").asText())
        .isEqualTo("Inbound call from +49301234567 (resolved)");
    assertThat(ticket.at("/comment/public").asBoolean()).isFalse();
    assertThat(ticket.at("/comment/body").asText())
        .contains("Refund sent", "95 s", "Queue: billing", "Recording: https://rec.example/r/1");
    assertThat(ticket.path("tags").toString()).contains("switchboard-call", "vip_customer");
  }

  @Test
  void aCallAlreadyLoggedIsUpdatedNotDuplicated() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "tickets-by-external-id-one.json"));
    zendesk.enqueue(Fixtures.json(Z + "ticket-created.json"));

    crm.callLog().write(record("call-7"));

    zendesk.takeRequest();
    RecordedRequest update = zendesk.takeRequest();
    assertThat(update.getMethod()).isEqualTo("PUT");
    assertThat(update.getPath()).isEqualTo("/api/v2/tickets/2001");
    assertThat(zendesk.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryAfterALostAnswerSendsTheSameCreateWithTheSameKey() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "tickets-by-external-id-none.json"));
    zendesk.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    zendesk.enqueue(Fixtures.json(Z + "tickets-by-external-id-none.json"));
    zendesk.enqueue(
        Fixtures.json(Z + "ticket-created.json").setHeader("x-idempotency-lookup", "hit"));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    crm.callLog().write(record("call-7"));

    zendesk.takeRequest();
    RecordedRequest first = zendesk.takeRequest();
    zendesk.takeRequest();
    RecordedRequest second = zendesk.takeRequest();
    assertThat(second.getHeader("Idempotency-Key")).isEqualTo(first.getHeader("Idempotency-Key"));
    assertThat(second.getBody().readUtf8()).isEqualTo(first.getBody().readUtf8());
  }

  @Test
  void aKeyReusedWithADifferentBodyIsAPermanentFailure() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "tickets-by-external-id-none.json"));
    zendesk.enqueue(Fixtures.json(Z + "idempotency-mismatch.json").setResponseCode(400));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("400").doesNotContain("IdempotentRequestError");
            });
  }

  @Test
  void outagesRateLimitsSlownessResetsAndBadAnswersMapToTheirKinds() throws Exception {
    CrmConnector strict =
        connector(
            HttpPolicy.defaults()
                .withCallTimeout(Duration.ofMillis(300))
                .withMaxResponseBytes(4096));
    zendesk.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "60"));
    zendesk.enqueue(new MockResponse().setResponseCode(503));
    zendesk.enqueue(new MockResponse().setResponseCode(500));
    zendesk.enqueue(Fixtures.json(Z + "users-one.json").setBodyDelay(2, TimeUnit.SECONDS));
    zendesk.enqueue(Fixtures.json(Z + "users-one.json").throttleBody(8, 1, TimeUnit.SECONDS));
    zendesk.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    zendesk.enqueue(new MockResponse().setBody("{\"users\": [ {"));
    zendesk.enqueue(new MockResponse().setBody("{\"users\": [ {\"id\": \"abc\"} ]}"));
    zendesk.enqueue(
        new MockResponse().setBody("{\"users\":[],\"pad\":\"" + "x".repeat(9000) + "\"}"));
    zendesk.enqueue(
        new MockResponse().setResponseCode(302).setHeader("Location", "https://evil.example/"));

    List<String> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      try {
        strict.directory().findByPhone(ANNA);
        outcomes.add("ok");
      } catch (DirectoryException e) {
        outcomes.add(e.kind() + (e.retryAfter() == null ? "" : "/" + e.retryAfter().toSeconds()));
      }
    }

    assertThat(outcomes)
        .containsExactly(
            "UNAVAILABLE/60",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "UNAVAILABLE",
            "MALFORMED",
            "MALFORMED",
            "MALFORMED",
            "REJECTED");
  }

  @Test
  void aUserIsCreatedAsAnEndUserWithTheNumber() throws Exception {
    zendesk.enqueue(Fixtures.json(Z + "user-created.json").setResponseCode(201));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"), "Dana van Dijk", null, "dana@example.com"));

    JsonNode user = JSON.readTree(zendesk.takeRequest().getBody().readUtf8()).path("user");
    assertThat(user.path("role").asText()).isEqualTo("end-user");
    assertThat(user.path("phone").asText()).isEqualTo("+4940123456");
    assertThat(created.id()).isEqualTo(new CustomerId("zendesk", "9000001"));
  }

  @Test
  void settingsErrorsNameTheSetting() {
    assertThatThrownBy(() -> ZendeskSettings.production("acme.evil.example", new CrmAuth.None()))
        .hasMessageContaining("crm.zendesk.subdomain");
    assertThatThrownBy(
            () ->
                new ZendeskSettings(
                    URI.create("https://x.zendesk.com"),
                    URI.create("http://x.zendesk.com"),
                    new CrmAuth.None()))
        .hasMessageContaining("crm.zendesk.agentUrl");
    assertThat(ZendeskSettings.production("acme", new CrmAuth.None()).apiUrl())
        .isEqualTo(URI.create("https://acme.zendesk.com"));
  }
}
