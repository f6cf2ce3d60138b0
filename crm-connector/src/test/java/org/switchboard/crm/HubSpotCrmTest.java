package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.HubSpotTestPortal.JSON;
import static org.switchboard.crm.HubSpotTestPortal.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.internal.oauth.InMemorySecretStore;

/** HubSpot as a customer directory: phone and name search, details, contact creation. */
class HubSpotCrmTest {
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");

  private HubSpotTestPortal portal;
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    portal = new HubSpotTestPortal();
    crm = portal.connector();
  }

  @AfterEach
  void stop() throws Exception {
    portal.close();
  }

  @Test
  void aPhoneSearchAsksForPhoneOrMobileEqualToTheE164Number() throws Exception {
    portal.server.enqueue(fixture("search-one.json"));

    List<Customer> found = crm.directory().findByPhone(ANNA);

    RecordedRequest search = portal.server.takeRequest();
    assertThat(search.getMethod()).isEqualTo("POST");
    assertThat(search.getPath()).isEqualTo("/crm/v3/objects/contacts/search");
    assertThat(search.getHeader("Authorization")).isEqualTo("Bearer test-token");
    JsonNode body = JSON.readTree(search.getBody().readUtf8());
    assertThat(body.path("filterGroups")).as("one group each, so they OR").hasSize(2);
    assertThat(body.at("/filterGroups/0/filters")).hasSize(1);
    assertThat(body.at("/filterGroups/0/filters/0/propertyName").asText()).isEqualTo("phone");
    assertThat(body.at("/filterGroups/0/filters/0/operator").asText()).isEqualTo("EQ");
    assertThat(body.at("/filterGroups/0/filters/0/value").asText()).isEqualTo("+49301234567");
    assertThat(body.at("/filterGroups/1/filters/0/propertyName").asText()).isEqualTo("mobilephone");
    assertThat(body.at("/filterGroups/1/filters/0/value").asText()).isEqualTo("+49301234567");
    assertThat(body.path("properties"))
        .extracting(JsonNode::asText)
        .contains("firstname", "lastname", "company", "email", "phone", "mobilephone");
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
    portal.server.enqueue(fixture("search-two.json"));

    assertThat(crm.directory().findByPhone(new PhoneNumber("+12025550143")))
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson");
  }

  @Test
  void noContactMeansAnEmptyList() throws Exception {
    portal.server.enqueue(fixture("search-none.json"));

    assertThat(crm.directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void aContactWhoseIdIsNotANumberGetsNoRecordLink() throws Exception {
    portal.server.enqueue(
        new MockResponse()
            .setBody(
                "{\"total\":1,\"results\":[{\"id\":\"512/../../evil\","
                    + "\"properties\":{\"firstname\":\"Anna\",\"lastname\":\"Schmidt\"}}]}"));

    Customer odd = crm.directory().findByPhone(ANNA).get(0);

    assertThat(odd.name()).isEqualTo("Anna Schmidt");
    assertThat(odd.recordLink()).isNull();
  }

  @Test
  void detailsBringTheAssociatedCallsNewestFirstAndOnlyOpenTickets() throws Exception {
    portal.server.enqueue(fixture("search-one.json"));
    portal.server.enqueue(fixture("contact-512-associations.json"));
    portal.server.enqueue(fixture("calls-batch-read.json"));
    portal.server.enqueue(fixture("tickets-batch-read.json"));
    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    Customer detailed = crm.directory().details(anna);

    portal.server.takeRequest();
    RecordedRequest contact = portal.server.takeRequest();
    assertThat(contact.getMethod()).isEqualTo("GET");
    assertThat(contact.getPath())
        .isEqualTo("/crm/v3/objects/contacts/512?associations=calls%2Ctickets");
    RecordedRequest calls = portal.server.takeRequest();
    assertThat(calls.getPath()).isEqualTo("/crm/v3/objects/calls/batch/read");
    JsonNode callsBody = JSON.readTree(calls.getBody().readUtf8());
    assertThat(callsBody.path("inputs"))
        .extracting(i -> i.path("id").asText())
        .containsExactly("9002", "9001");
    assertThat(callsBody.path("properties"))
        .extracting(JsonNode::asText)
        .contains("hs_timestamp", "hs_call_body", "hs_call_disposition");
    assertThat(portal.server.takeRequest().getPath())
        .isEqualTo("/crm/v3/objects/tickets/batch/read");
    assertThat(detailed.recentInteractions())
        .extracting(Interaction::notes)
        .containsExactly("Delivery window moved to Friday", "Asked for a quote on pallets");
    assertThat(detailed.recentInteractions())
        .as("the outcome id read back as the code the settings map to it")
        .extracting(Interaction::disposition)
        .containsExactly(null, "resolved");
    assertThat(detailed.recentInteractions().get(0).at())
        .isEqualTo(Instant.parse("2026-11-20T09:12:00Z"));
    assertThat(detailed.openItems()).hasSize(1);
    assertThat(detailed.openItems().get(0).kind()).isEqualTo(OpenItemKind.TICKET);
    assertThat(detailed.openItems().get(0).title()).isEqualTo("Damaged pallet on delivery 88121");
    assertThat(detailed.openItems().get(0).link())
        .isEqualTo(URI.create("https://app.hubspot.com/contacts/4242/record/0-5/7001"));
    assertThat(detailed.name()).isEqualTo("Anna Schmidt");
    assertThat(detailed.recordLink()).isEqualTo(anna.recordLink());
  }

  @Test
  void aCustomerWithManyCallsHasTheirLatestCallsRead() throws Exception {
    portal.server.enqueue(fixture("contact-513-many-calls.json"));
    portal.server.enqueue(fixture("calls-batch-read.json"));

    crm.directory().details(Customer.named(new CustomerId("hubspot", "513"), "Jonas Weber"));

    portal.server.takeRequest();
    JsonNode inputs =
        JSON.readTree(portal.server.takeRequest().getBody().readUtf8()).path("inputs");
    List<String> ids = new ArrayList<>();
    inputs.forEach(i -> ids.add(i.path("id").asText()));
    assertThat(ids).hasSize(20).startsWith("9125", "9124").endsWith("9106");
    assertThat(ids).doesNotContain("9101", "9105");
    assertThat(portal.server.getRequestCount()).as("no tickets, no ticket read").isEqualTo(2);
  }

  @Test
  void aStoredIdIsOnePathSegmentSoItCannotReachAnotherResource() throws Exception {
    portal.server.enqueue(new MockResponse().setBody("{\"id\":\"1\",\"properties\":{}}"));

    crm.directory()
        .details(Customer.named(new CustomerId("hubspot", "512/../../batch/archive"), "Anna"));

    assertThat(portal.server.takeRequest().getPath())
        .isEqualTo(
            "/crm/v3/objects/contacts/512%2F..%2F..%2Fbatch%2Farchive"
                + "?associations=calls%2Ctickets");
  }

  @Test
  void anotherDirectorysCustomerIsLeftAsItIs() throws Exception {
    Customer local = Customer.named(new CustomerId("local", "7"), "Anna");

    assertThat(crm.directory().details(local)).isSameAs(local);
    assertThat(portal.server.getRequestCount()).isZero();
  }

  @Test
  void aNameSearchUsesHubSpotsTextQuery() throws Exception {
    portal.server.enqueue(fixture("search-by-name.json"));

    List<Customer> found = crm.directory().searchByName("  Anna\u0000 Schmidt ", 500);

    JsonNode body = JSON.readTree(portal.server.takeRequest().getBody().readUtf8());
    assertThat(body.path("query").asText()).isEqualTo("Anna  Schmidt");
    assertThat(body.path("limit").asInt()).isEqualTo(50);
    assertThat(body.has("filterGroups")).isFalse();
    assertThat(found).extracting(Customer::name).containsExactly("Anna Schmidt");
    assertThat(found.get(0).phoneNumbers()).containsExactly("+49301234567", "+491701234567");
    assertThat(crm.directory().searchByName(" a ", 10)).isEmpty();
    assertThat(portal.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aContactIsCreatedWithTheNumberTheAgentSaw() throws Exception {
    portal.server.enqueue(fixture("contact-created.json").setResponseCode(201));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"),
                    "Dana van Dijk",
                    "Dana GmbH",
                    "dana@example.com"));

    RecordedRequest sent = portal.server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getPath()).isEqualTo("/crm/v3/objects/contacts");
    JsonNode p = JSON.readTree(sent.getBody().readUtf8()).path("properties");
    assertThat(p.path("firstname").asText()).isEqualTo("Dana");
    assertThat(p.path("lastname").asText()).isEqualTo("van Dijk");
    assertThat(p.path("phone").asText()).isEqualTo("+4940123456");
    assertThat(p.path("company").asText()).isEqualTo("Dana GmbH");
    assertThat(p.path("email").asText()).isEqualTo("dana@example.com");
    assertThat(created.id()).isEqualTo(new CustomerId("hubspot", "733"));
    assertThat(created.recordLink())
        .isEqualTo(URI.create("https://app.hubspot.com/contacts/4242/record/0-1/733"));
  }

  @Test
  void anExistingContactRefusesTheCreation() {
    portal.server.enqueue(
        new MockResponse()
            .setResponseCode(409)
            .setBody(
                "{\"status\":\"error\",\"message\":\"Contact already exists. Existing ID: 512\","
                    + "\"category\":\"CONFLICT\"}"));

    assertThatThrownBy(
            () ->
                crm.directory()
                    .createContact(new NewContact(ANNA, "Anna", null, "anna@example.com")))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("409");
            });
  }

  @Test
  void theConnectorReadsItsTokenFromTheKeychain() throws Exception {
    InMemorySecretStore keychain = new InMemorySecretStore();
    keychain.put("crm/hubspot/token", Secret.of("pat-from-keychain"));
    HubSpotSettings base = portal.settings();
    CrmConnector fromKeychain =
        HubSpotCrm.create(
            new HubSpotSettings(
                base.apiUrl(),
                base.appUrl(),
                base.portalId(),
                new CrmAuth.ApiToken("crm/hubspot/token"),
                base.callKeyProperty(),
                base.dispositionIds()),
            keychain);
    portal.server.enqueue(fixture("search-one.json"));

    assertThat(fromKeychain.directory().findByPhone(ANNA)).hasSize(1);
    assertThat(portal.server.takeRequest().getHeader("Authorization"))
        .isEqualTo("Bearer pat-from-keychain");

    keychain.delete("crm/hubspot/token");
    assertThatThrownBy(() -> fromKeychain.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("crm/hubspot/token");
            });
    assertThat(portal.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void settingsErrorsNameTheSetting() {
    URI api = URI.create("https://api.hubapi.com");
    URI app = URI.create("https://app.hubspot.com");
    CrmAuth none = new CrmAuth.None();
    assertThatThrownBy(
            () ->
                new HubSpotSettings(
                    api, URI.create("http://app.hubspot.com"), "4242", none, "k", Map.of()))
        .hasMessageContaining("crm.hubspot.appUrl");
    assertThatThrownBy(() -> HubSpotSettings.production("my-portal", none))
        .hasMessageContaining("crm.hubspot.portalId");
    assertThatThrownBy(() -> new HubSpotSettings(api, app, "4242", none, "Call Key", Map.of()))
        .hasMessageContaining("crm.hubspot.callKeyProperty");
    assertThatThrownBy(
            () ->
                new HubSpotSettings(api, app, "4242", none, "k", Map.of("Sale", "a", "sale", "b")))
        .hasMessageContaining("crm.hubspot.dispositionIds");
    assertThat(HubSpotSettings.production("4242", none).apiUrl()).isEqualTo(api);
  }
}
