package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.SalesforceTestOrg.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.HttpPolicy;

/** Lookups, details and contact creation against Salesforce's documented REST answers. */
class SalesforceCrmTest {
  private static final String FIXTURES = "/org/switchboard/crm/salesforce/";
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");
  private static final String ANNA_ID = "0035g00000Qx1AbAAJ";
  private static final String RETURNING =
      " RETURNING Contact(Id, Name, Phone, MobilePhone, Email, Account.Name),"
          + " Lead(Id, Name, Phone, MobilePhone, Email, Company), Account(Id, Name, Phone)";

  private SalesforceTestOrg org;
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    org = new SalesforceTestOrg();
    crm =
        org.connector(
            Credentials.bearer(Secret.of("00Dxx0000001gPL!AR8AQJXg5oj8jXSgxJfA0lBog")),
            HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    org.close();
  }

  private static MockResponse fixture(String name) {
    return Fixtures.json(FIXTURES + name);
  }

  private static String q(RecordedRequest request) {
    return request.getRequestUrl().queryParameter("q");
  }

  @Test
  void aPhoneSearchIsOneSoslRequestOverPhoneFieldsOfContactsLeadsAndAccounts() throws Exception {
    org.server.enqueue(fixture("search-one.json"));

    List<Customer> found = crm.directory().findByPhone(ANNA);

    RecordedRequest search = org.server.takeRequest();
    assertThat(search.getMethod()).isEqualTo("GET");
    assertThat(search.getRequestUrl().encodedPath()).isEqualTo("/services/data/v60.0/search/");
    assertThat(search.getHeader("Authorization"))
        .isEqualTo("Bearer 00Dxx0000001gPL!AR8AQJXg5oj8jXSgxJfA0lBog");
    assertThat(q(search))
        .isEqualTo("FIND {\\+49301234567} IN PHONE FIELDS" + RETURNING + " LIMIT 20");
    assertThat(search.getRequestUrl().encodedQuery())
        .startsWith("q=FIND%20%7B%5C%2B49301234567%7D%20IN%20PHONE%20FIELDS")
        .doesNotContain("{", " ", "+", "(");
    assertThat(org.server.getRequestCount()).isEqualTo(1);
    Customer anna = found.get(0);
    assertThat(anna.id()).isEqualTo(new CustomerId("salesforce", ANNA_ID));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.phoneNumbers()).containsExactly("+49 30 1234567");
    assertThat(anna.emails()).containsExactly("anna.schmidt@nordwind.example");
    assertThat(anna.recordLink())
        .isEqualTo(
            URI.create(
                "https://acme.lightning.force.com/lightning/r/Contact/" + ANNA_ID + "/view"));
  }

  @Test
  void aContactALeadAndAnAccountWithTheNumberAreAllReturnedInSalesforcesOrder() throws Exception {
    org.server.enqueue(fixture("search-several.json"));

    List<Customer> found = crm.directory().findByPhone(new PhoneNumber("+12025550143"));

    assertThat(found)
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson", "Johnson Hardware");
    assertThat(found).extracting(Customer::company).containsExactly(null, "Johnson Hardware", null);
    assertThat(found.get(0).phoneNumbers()).containsExactly("(202) 555-0143", "+1 202 555 0199");
    assertThat(found.get(1).emails()).isEmpty();
    assertThat(found)
        .extracting(c -> String.valueOf(c.recordLink()))
        .containsExactly(
            SalesforceTestOrg.LIGHTNING + "/lightning/r/Contact/0035g00000Qx7EfAAB/view",
            SalesforceTestOrg.LIGHTNING + "/lightning/r/Lead/00Q5g00000Hn3GhEAJ/view",
            SalesforceTestOrg.LIGHTNING + "/lightning/r/Account/0015g00000Lm9KlAAC/view");
  }

  @Test
  void aRecordLinkIsOnlyEverOnTheConfiguredLightningHost() throws Exception {
    SalesforceSettings base = org.settings();
    CrmConnector pathy =
        org.connector(
            new SalesforceSettings(
                base.instanceUrl(),
                URI.create("https://acme.lightning.force.com:443/evil/path?next=https://x.example"),
                base.apiVersion(),
                base.auth(),
                base.callKeyField(),
                base.zone()),
            Credentials.none(),
            HttpPolicy.defaults());
    org.server.enqueue(fixture("search-one.json"));
    org.server.enqueue(
        new MockResponse()
            .setBody(
                "{\"searchRecords\":[{\"attributes\":{\"type\":\"Contact\"},"
                    + "\"Id\":\"0035g00000Qx/../../evil\",\"Name\":\"Anna Schmidt\"}]}"));

    URI link = pathy.directory().findByPhone(ANNA).get(0).recordLink();
    Customer odd = crm.directory().findByPhone(ANNA).get(0);

    assertThat(link)
        .isEqualTo(
            URI.create(
                "https://acme.lightning.force.com/lightning/r/Contact/" + ANNA_ID + "/view"));
    assertThat(odd.name()).isEqualTo("Anna Schmidt");
    assertThat(odd.recordLink()).as("not a Salesforce id").isNull();
  }

  @Test
  void nobodyWithTheNumberMeansAnEmptyList() throws Exception {
    org.server.enqueue(fixture("search-none.json"));

    assertThat(crm.directory().findByPhone(ANNA)).isEmpty();
  }

  @Test
  void soslWildcardsAndBracesInSearchTextAreEscaped() throws Exception {
    org.server.enqueue(fixture("search-none.json"));
    org.server.enqueue(fixture("search-none.json"));

    crm.directory().findByPhone(new PhoneNumber("+4930*12#"));
    crm.directory().searchByName("Anna\" OR x} RETURNING User(Id, Email) --", 10);

    assertThat(q(org.server.takeRequest())).startsWith("FIND {\\+4930\\*12#} IN PHONE FIELDS");
    assertThat(q(org.server.takeRequest()))
        .isEqualTo(
            "FIND {\"Anna\\\" OR x\\} RETURNING User\\(Id, Email\\) \\-\\-\"} IN NAME FIELDS"
                + RETURNING
                + " LIMIT 10");
  }

  @Test
  void aNameSearchShorterThanSoslAllowsAsksNothing() throws Exception {
    assertThat(crm.directory().searchByName(" a ", 10)).isEmpty();
    assertThat(org.server.getRequestCount()).isZero();
  }

  @Test
  void detailsBringTheLastCallTasksAndTheOpenCases() throws Exception {
    org.server.enqueue(fixture("search-one.json"));
    org.server.enqueue(fixture("call-tasks.json"));
    org.server.enqueue(fixture("open-cases.json"));
    Customer anna = crm.directory().findByPhone(ANNA).get(0);

    Customer detailed = crm.directory().details(anna);

    org.server.takeRequest();
    RecordedRequest tasks = org.server.takeRequest();
    assertThat(tasks.getRequestUrl().encodedPath()).isEqualTo("/services/data/v60.0/query");
    assertThat(q(tasks))
        .isEqualTo(
            "SELECT Id, Subject, ActivityDate, CreatedDate, Owner.Name, CallDisposition,"
                + " Description FROM Task WHERE TaskSubtype = 'Call' AND (WhoId = '"
                + ANNA_ID
                + "' OR WhatId = '"
                + ANNA_ID
                + "') ORDER BY CreatedDate DESC LIMIT 5");
    assertThat(q(org.server.takeRequest()))
        .isEqualTo(
            "SELECT Id, CaseNumber, Subject, Status FROM Case WHERE IsClosed = false AND"
                + " (ContactId = '"
                + ANNA_ID
                + "' OR AccountId = '"
                + ANNA_ID
                + "') ORDER BY CreatedDate DESC LIMIT 10");
    assertThat(detailed.recentInteractions())
        .containsExactly(
            new Interaction(
                Instant.parse("2026-11-20T10:02:11Z"),
                "Jonas Weber",
                "Resolved",
                "Delivery window moved to Friday",
                "phone"),
            // Logged three days late: the Task's own date wins over when it was created.
            new Interaction(
                Instant.parse("2026-10-01T22:00:00Z"),
                "Mia Fischer",
                null,
                "Asked for a quote on pallets",
                "phone"));
    assertThat(detailed.openItems())
        .containsExactly(
            new OpenItem(
                "5005g00000Rt8SuAAI",
                OpenItemKind.CASE,
                "Damaged pallet on delivery 88121",
                "Working",
                URI.create(
                    "https://acme.lightning.force.com/lightning/r/Case/5005g00000Rt8SuAAI/view")));
    assertThat(detailed.name()).isEqualTo("Anna Schmidt");
    assertThat(detailed.recordLink()).isEqualTo(anna.recordLink());
  }

  @Test
  void aCustomerIdIsEscapedAsASoqlStringSoItCannotAddConditions() throws Exception {
    org.server.enqueue(fixture("no-records.json"));
    org.server.enqueue(fixture("no-records.json"));
    Customer hostile =
        Customer.named(new CustomerId("salesforce", "003' OR Name != 'x\\"), "Someone");

    crm.directory().details(hostile);

    assertThat(q(org.server.takeRequest()))
        .contains(
            "(WhoId = '003\\' OR Name != \\'x\\\\' OR WhatId = '003\\' OR Name != \\'x\\\\')");
    assertThat(q(org.server.takeRequest())).contains("(ContactId = '003\\' OR Name != \\'x\\\\'");
  }

  @Test
  void aLeadHasNoCasesToAskForAndOtherDirectoriesCustomersAreLeftAlone() throws Exception {
    org.server.enqueue(fixture("no-records.json"));
    Customer lead = Customer.named(new CustomerId("salesforce", "00Q5g00000Hn3GhEAJ"), "Michael");
    Customer local = Customer.named(new CustomerId("local", "c-1"), "Dana");

    assertThat(crm.directory().details(lead).recentInteractions()).isEmpty();
    assertThat(crm.directory().details(local)).isSameAs(local);

    assertThat(q(org.server.takeRequest())).contains("FROM Task");
    assertThat(org.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aContactIsCreatedWithTheNumberTheAgentSaw() throws Exception {
    org.server.enqueue(fixture("contact-created.json").setResponseCode(201));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"),
                    "Dana  van Dijk",
                    "Dana GmbH",
                    "dana@example.com"));

    RecordedRequest post = org.server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getPath()).isEqualTo("/services/data/v60.0/sobjects/Contact");
    assertThat(post.getHeader("Content-Type")).startsWith("application/json");
    JsonNode body = JSON.readTree(post.getBody().readUtf8());
    assertThat(body.path("FirstName").asText()).isEqualTo("Dana");
    assertThat(body.path("LastName").asText()).isEqualTo("van Dijk");
    assertThat(body.path("Phone").asText()).isEqualTo("+4940123456");
    assertThat(body.path("Email").asText()).isEqualTo("dana@example.com");
    assertThat(body.path("Description").asText()).isEqualTo("Company: Dana GmbH");
    assertThat(created.id()).isEqualTo(new CustomerId("salesforce", "0035g00000Qx9ZzAAF"));
    assertThat(created.company()).isEqualTo("Dana GmbH");
    assertThat(created.recordLink())
        .isEqualTo(
            URI.create(
                "https://acme.lightning.force.com/lightning/r/Contact/0035g00000Qx9ZzAAF/view"));
  }

  @Test
  void aOneWordNameBecomesTheLastNameSalesforceRequires() throws Exception {
    org.server.enqueue(fixture("contact-created.json").setResponseCode(201));

    crm.directory()
        .createContact(new NewContact(new PhoneNumber("+4940123456"), "Cher", null, null));

    JsonNode body = JSON.readTree(org.server.takeRequest().getBody().readUtf8());
    assertThat(body.has("FirstName")).isFalse();
    assertThat(body.path("LastName").asText()).isEqualTo("Cher");
    assertThat(body.has("Email")).isFalse();
  }

  @Test
  void salesforcesErrorArraysAreRejectedWithoutTheirTextOrTheToken() throws Exception {
    org.server.enqueue(fixture("invalid-field.json").setResponseCode(400));
    org.server.enqueue(fixture("invalid-field.json").setResponseCode(400));

    for (ThrowingLookup call :
        List.<ThrowingLookup>of(
            () -> crm.directory().findByPhone(ANNA),
            () ->
                crm.directory().createContact(new NewContact(ANNA, "Anna Schmidt", null, null)))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              DirectoryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
                assertThat(e.getMessage())
                    .contains("400")
                    .doesNotContain("Caller_Number__c", "INVALID_FIELD", "+49301234567")
                    .doesNotContain("AR8AQJXg5oj8");
              });
    }
  }

  @Test
  void aNotFoundSearchPointsAtTheApiVersionSetting() throws Exception {
    org.server.enqueue(fixture("not-found.json").setResponseCode(404));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("crm.salesforce.apiVersion");
            });
  }

  @Test
  void settingsErrorsNameTheSetting() {
    URI api = URI.create("https://acme.my.salesforce.com");
    URI lightning = URI.create(SalesforceTestOrg.LIGHTNING);
    CrmAuth none = new CrmAuth.None();
    String key = SalesforceSettings.DEFAULT_CALL_KEY_FIELD;
    ZoneId zone = ZoneId.of("UTC");

    assertThatThrownBy(
            () ->
                new SalesforceSettings(
                    URI.create("http://acme.my.salesforce.com"),
                    lightning,
                    "v60.0",
                    none,
                    key,
                    zone))
        .hasMessageContaining("crm.salesforce.instanceUrl");
    assertThatThrownBy(
            () ->
                new SalesforceSettings(
                    api, URI.create("http://acme.lightning.force.com"), "v60.0", none, key, zone))
        .hasMessageContaining("crm.salesforce.lightningUrl");
    assertThatThrownBy(() -> new SalesforceSettings(api, lightning, "60", none, key, zone))
        .hasMessageContaining("crm.salesforce.apiVersion");
    assertThatThrownBy(
            () -> new SalesforceSettings(api, lightning, "v60.0", none, "Key/../Id", zone))
        .hasMessageContaining("crm.salesforce.callKeyField");
    assertThatThrownBy(() -> SalesforceSettings.production("acme.evil.example", none))
        .hasMessageContaining("crm.salesforce.myDomain");
    assertThat(SalesforceSettings.production("acme", none).lightningUrl()).isEqualTo(lightning);
  }

  @FunctionalInterface
  private interface ThrowingLookup {
    void run() throws Exception;
  }
}
