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
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.internal.dynamics.DynamicsPhoneCalls;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

class DynamicsCrmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");
  private static final String ANNA_ID = "49a0e5b9-88df-e311-b8e5-6c3be5a8b200";

  private final MockWebServer dataverse = new MockWebServer();
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    dataverse.start(java.net.InetAddress.getLoopbackAddress(), 0);
    crm = connector(HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    dataverse.shutdown();
  }

  private CrmConnector connector(HttpPolicy policy) {
    DynamicsSettings settings =
        new DynamicsSettings(
            URI.create("https://contoso.crm.dynamics.com"),
            dataverse.url("/api/data/v9.2").uri(),
            new CrmAuth.None());
    CrmHttp http = new CrmHttp(new OkHttpClient(), policy, JSON, Clock.systemUTC());
    return DynamicsCrm.create(settings, Credentials.bearer(Secret.of("eyJ0eXAi.test")), http);
  }

  private static CallRecord record(String key) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+49301234567",
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(150),
        "billing",
        "resolved",
        "Refund sent",
        List.of("vip"),
        URI.create("https://rec.example/r/1"),
        "Agent Smith",
        new CustomerId("dynamics", ANNA_ID));
  }

  @Test
  void aPhoneSearchFiltersBusinessAndMobilePhoneWithODataHeaders() throws Exception {
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/contacts-one.json"));

    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    RecordedRequest request = dataverse.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/data/v9.2/contacts");
    assertThat(request.getRequestUrl().queryParameter("$filter"))
        .isEqualTo("telephone1 eq '+49301234567' or mobilephone eq '+49301234567'");
    assertThat(request.getRequestUrl().queryParameter("$top")).isEqualTo("10");
    assertThat(request.getHeader("OData-Version")).isEqualTo("4.0");
    assertThat(request.getHeader("OData-MaxVersion")).isEqualTo("4.0");
    assertThat(request.getHeader("Prefer")).contains("OData.Community.Display.V1.FormattedValue");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer eyJ0eXAi.test");
    assertThat(anna.id()).isEqualTo(new CustomerId("dynamics", ANNA_ID));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.recordLink())
        .isEqualTo(
            URI.create(
                "https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id="
                    + ANNA_ID));
  }

  @Test
  void severalContactsAndNoContactAreReturnedAsTheyAre() throws Exception {
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/contacts-two.json"));
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/contacts-none.json"));

    assertThat(crm.directory().findByPhone(new PhoneNumber("+12025550143")))
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson");
    assertThat(crm.directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void detailsBringPhoneCallsAndActiveCases() throws Exception {
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/contacts-one.json"));
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/phonecalls.json"));
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/incidents.json"));
    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    Customer detailed = crm.directory().details(anna);

    dataverse.takeRequest();
    RecordedRequest calls = dataverse.takeRequest();
    assertThat(calls.getRequestUrl().queryParameter("$filter"))
        .isEqualTo("_regardingobjectid_value eq " + ANNA_ID);
    assertThat(calls.getRequestUrl().queryParameter("$orderby")).isEqualTo("createdon desc");
    RecordedRequest cases = dataverse.takeRequest();
    assertThat(cases.getRequestUrl().queryParameter("$filter"))
        .isEqualTo("_customerid_value eq " + ANNA_ID + " and statecode eq 0");
    assertThat(detailed.recentInteractions())
        .extracting(i -> i.notes(), i -> i.agent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Delivery window moved to Friday", "Lea Vogel"),
            org.assertj.core.groups.Tuple.tuple("Quote for pallets", "Omar Haddad"));
    assertThat(detailed.openItems()).hasSize(1);
    assertThat(detailed.openItems().get(0).kind()).isEqualTo(OpenItemKind.CASE);
    assertThat(detailed.openItems().get(0).id()).isEqualTo("CAS-01042-X7Y8Z9");
    assertThat(detailed.openItems().get(0).status()).isEqualTo("In Progress");
  }

  @Test
  void aHostileNumberStaysInsideTheODataLiteral() throws Exception {
    dataverse.enqueue(Fixtures.json("/org/switchboard/crm/dynamics/contacts-none.json"));
    DynamicsSettings settings =
        DynamicsSettings.of(URI.create("https://contoso.crm.dynamics.com"), new CrmAuth.None());
    assertThat(settings.apiUrl())
        .isEqualTo(URI.create("https://contoso.crm.dynamics.com/api/data/v9.2"));

    // PhoneNumber only admits digits, * and #; the escaping is still exercised on the literal.
    crm.directory().findByPhone(new PhoneNumber("#31*"));

    RecordedRequest request = dataverse.takeRequest();
    assertThat(request.getRequestUrl().queryParameter("$filter"))
        .isEqualTo("telephone1 eq '#31*' or mobilephone eq '#31*'");
    assertThat(request.getPath()).contains("%2331*").doesNotContain("#31");
  }

  @Test
  void aCallIsLoggedAsAPhoneCallUpsertedUnderAnIdDerivedFromTheKey() throws Exception {
    dataverse.enqueue(new MockResponse().setResponseCode(204));

    crm.callLog().write(record("call-7"));

    RecordedRequest patch = dataverse.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getPath())
        .isEqualTo("/api/data/v9.2/phonecalls(" + DynamicsPhoneCalls.activityId("call-7") + ")");
    JsonNode body = JSON.readTree(patch.getBody().readUtf8());
    assertThat(body.path("directioncode").asBoolean()).isFalse();
    assertThat(body.path("actualdurationminutes").asInt()).isEqualTo(3);
    assertThat(body.path("phonenumber").asText()).isEqualTo("+49301234567");
    assertThat(body.path("actualstart").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(body.path("actualend").asText()).isEqualTo("2026-11-23T10:02:30Z");
    assertThat(body.path("regardingobjectid_contact@odata.bind").asText())
        .isEqualTo("/contacts(" + ANNA_ID + ")");
    assertThat(body.path("description").asText())
        .contains(
            "Refund sent",
            "Disposition: resolved",
            "Tags: vip",
            "Recording: https://rec.example/r/1");
  }

  @Test
  void aRetryAfterAResetSendsTheSamePatchToTheSameActivity() throws Exception {
    dataverse.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    dataverse.enqueue(new MockResponse().setResponseCode(204));

    assertThatThrownBy(() -> crm.callLog().write(record("call-8")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    crm.callLog().write(record("call-8"));

    RecordedRequest first = dataverse.takeRequest();
    RecordedRequest second = dataverse.takeRequest();
    assertThat(second.getMethod()).isEqualTo("PATCH");
    assertThat(second.getPath()).isEqualTo(first.getPath());
    assertThat(second.getBody().readUtf8()).isEqualTo(first.getBody().readUtf8());
    assertThat(DynamicsPhoneCalls.activityId("call-8"))
        .isEqualTo(DynamicsPhoneCalls.activityId("call-8"));
    assertThat(DynamicsPhoneCalls.activityId("call-8"))
        .isNotEqualTo(DynamicsPhoneCalls.activityId("call-9"));
  }

  @Test
  void outagesAndRateLimitsAreRetryableWithRetryAfter() throws Exception {
    dataverse.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
    dataverse.enqueue(new MockResponse().setResponseCode(503));
    dataverse.enqueue(new MockResponse().setResponseCode(500));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    assertThatThrownBy(() -> crm.callLog().write(record("k")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void aDataverseErrorIsRefusedWithoutItsMessage() throws Exception {
    dataverse.enqueue(
        Fixtures.json("/org/switchboard/crm/dynamics/error-400.json").setResponseCode(400));
    dataverse.enqueue(
        Fixtures.json("/org/switchboard/crm/dynamics/error-400.json").setResponseCode(400));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("400").doesNotContain("telephone9");
            });
    assertThatThrownBy(() -> crm.callLog().write(record("k")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isFalse());
  }

  @Test
  void slowResetMalformedOversizedAndRedirectedAnswersAreHandled() throws Exception {
    CrmConnector strict =
        connector(
            HttpPolicy.defaults()
                .withCallTimeout(Duration.ofMillis(300))
                .withMaxResponseBytes(4096));
    dataverse.enqueue(
        Fixtures.json("/org/switchboard/crm/dynamics/contacts-one.json")
            .setBodyDelay(2, TimeUnit.SECONDS));
    dataverse.enqueue(
        Fixtures.json("/org/switchboard/crm/dynamics/contacts-one.json")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    dataverse.enqueue(new MockResponse().setBody("{\"value\": [ {"));
    dataverse.enqueue(new MockResponse().setBody("{\"value\": {}}"));
    dataverse.enqueue(
        new MockResponse().setBody("{\"value\":[],\"x\":\"" + "y".repeat(10_000) + "\"}"));
    dataverse.enqueue(
        new MockResponse()
            .setResponseCode(301)
            .setHeader("Location", "https://login.evil.example/"));

    List<DirectoryException.Kind> kinds = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      try {
        strict.directory().findByPhone(ANNA);
      } catch (DirectoryException e) {
        kinds.add(e.kind());
      }
    }

    assertThat(kinds)
        .containsExactly(
            DirectoryException.Kind.UNAVAILABLE,
            DirectoryException.Kind.UNAVAILABLE,
            DirectoryException.Kind.MALFORMED,
            DirectoryException.Kind.MALFORMED,
            DirectoryException.Kind.MALFORMED,
            DirectoryException.Kind.REJECTED);
  }

  @Test
  void aContactIsCreatedWithARepresentationReturned() throws Exception {
    dataverse.enqueue(
        Fixtures.json("/org/switchboard/crm/dynamics/contact-created.json").setResponseCode(201));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"), "Dana van Dijk", null, "dana@example.com"));

    RecordedRequest post = dataverse.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getPath()).isEqualTo("/api/data/v9.2/contacts");
    assertThat(post.getHeader("Prefer")).isEqualTo("return=representation");
    JsonNode body = JSON.readTree(post.getBody().readUtf8());
    assertThat(body.path("lastname").asText()).isEqualTo("van Dijk");
    assertThat(body.path("telephone1").asText()).isEqualTo("+4940123456");
    assertThat(created.id().value()).isEqualTo("dddddddd-0000-0000-0000-000000000733");
  }

  @Test
  void settingsErrorsNameTheSetting() {
    assertThatThrownBy(
            () ->
                DynamicsSettings.of(
                    URI.create("http://contoso.crm.dynamics.com"), new CrmAuth.None()))
        .hasMessageContaining("crm.dynamics.orgUrl");
  }
}
