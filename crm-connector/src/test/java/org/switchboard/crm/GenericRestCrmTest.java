package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.GenericRestTestCrm.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.GenericRestSettings.Fields;

/** The generic REST connector's lookups, name search and contact creation, as configured. */
class GenericRestCrmTest {
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");

  private GenericRestTestCrm crm;

  @BeforeEach
  void start() throws Exception {
    crm = new GenericRestTestCrm();
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
  }

  @Test
  void theMappingTurnsTheAnswerIntoACustomer() throws Exception {
    crm.server.enqueue(fixture("customers-one.json"));

    List<Customer> found = crm.connector().directory().findByPhone(ANNA);

    RecordedRequest request = crm.server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/api/people?phone=%2B49301234567");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + GenericRestTestCrm.TOKEN);
    assertThat(found).hasSize(1);
    Customer anna = found.get(0);
    assertThat(anna.id()).isEqualTo(new CustomerId("rest", "C-1042"));
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.phoneNumbers()).containsExactly("+49301234567", "+491701234567");
    assertThat(anna.emails()).containsExactly("anna.schmidt@nordwind.example");
    assertThat(anna.tags()).containsExactly("vip", "de");
    assertThat(anna.recordLink()).isEqualTo(URI.create("https://crm.example.com/people/C-1042"));
  }

  @Test
  void historyIsNewestFirstAndEntriesWithoutAUsableTimeAreLeftOut() throws Exception {
    crm.server.enqueue(fixture("customers-one.json"));

    Customer anna = crm.connector().directory().findByPhone(ANNA).get(0);

    assertThat(anna.recentInteractions())
        .containsExactly(
            new Interaction(
                Instant.parse("2026-11-20T09:12:00Z"),
                "Lea",
                "resolved",
                "Delivery moved to Friday",
                "phone"),
            new Interaction(
                Instant.parse("2026-11-02T14:40:00Z"),
                "Omar",
                "callback",
                "Asked for a quote",
                "phone"));
  }

  @Test
  void onlyTheTenLatestInteractionsAreKept() throws Exception {
    crm.server.enqueue(fixture("customers-long-history.json"));

    Customer lars = crm.connector().directory().findByPhone(ANNA).get(0);

    assertThat(lars.recentInteractions()).hasSize(10);
    assertThat(lars.recentInteractions().get(0).notes()).isEqualTo("call 12");
    assertThat(lars.recentInteractions().get(9).notes()).isEqualTo("call 3");
  }

  @Test
  void openItemsKeepTheirKindAndItemsWithoutATitleAreLeftOut() throws Exception {
    crm.server.enqueue(fixture("customers-one.json"));

    Customer anna = crm.connector().directory().findByPhone(ANNA).get(0);

    assertThat(anna.openItems())
        .containsExactly(
            new OpenItem("T-977", OpenItemKind.TICKET, "Damaged pallet", "open", null),
            new OpenItem("O-5512", OpenItemKind.ORDER, "20 pallets, Hamburg", "in transit", null),
            new OpenItem("X-1", OpenItemKind.TICKET, "Unknown kind shows as a ticket", null, null));
  }

  @Test
  void severalMatchesAreAllReturnedForTheAgentToChoose() throws Exception {
    crm.server.enqueue(fixture("customers-two.json"));

    List<Customer> found = crm.connector().directory().findByPhone(ANNA);

    assertThat(found).extracting(Customer::name).containsExactly("Reza Tehrani", "Mina Tehrani");
    assertThat(found.get(0).phoneNumbers()).as("a single value").containsExactly("+49301234567");
    assertThat(found.get(0).recentInteractions()).isEmpty();
  }

  @Test
  void anEmptyArrayA404AndA204AllMeanNoMatch() throws Exception {
    crm.server.enqueue(fixture("customers-none.json"));
    crm.server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"none\"}"));
    crm.server.enqueue(new MockResponse().setResponseCode(204));
    CrmConnector rest = crm.connector();

    for (int i = 0; i < 3; i++) {
      assertThat(rest.directory().findByPhone(ANNA)).isEmpty();
    }
    assertThat(crm.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anEmptyResultsPointerTakesTheRootAsTheArray() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.fields =
        new Fields("", "/id", "/fullName", "/company", "/phone", "/email", null, null, null);
    settings.recordLink = null;
    crm.server.enqueue(fixture("people-array.json"));

    Customer dmitry = crm.connector(settings.build()).directory().findByPhone(ANNA).get(0);

    assertThat(dmitry.id().value()).as("a numeric id").isEqualTo("311");
    assertThat(dmitry.name()).isEqualTo("Дмитрий Иванов");
    assertThat(dmitry.company()).as("JSON null").isNull();
    assertThat(dmitry.emails()).containsExactly("d.ivanov@example.ru", "dima@example.ru");
    assertThat(dmitry.recordLink()).isNull();
  }

  @Test
  void whateverTheCrmSendsAsAnIdTheRecordLinkStaysOnTheConfiguredHost() throws Exception {
    crm.server.enqueue(fixture("customers-hostile-ids.json"));

    List<Customer> found = crm.connector().directory().findByPhone(ANNA);

    assertThat(found.get(0).recordLink())
        .isEqualTo(URI.create("https://crm.example.com/people/..%2F..%2Fadmin"));
    assertThat(found.get(1).recordLink())
        .isEqualTo(
            URI.create("https://crm.example.com/people/https:%2F%2Fevil.example%2Fx%3Fy=1%23z"));
    assertThat(found.get(2).recordLink()).as("'..' would climb out: dropped").isNull();
    assertThat(found.get(2).name()).isEqualTo("Parent folder");
  }

  @Test
  void aLinkTemplateMayPutTheIdInTheQuery() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.recordLink = "https://crm.example.com/show?record={id}&tab=calls";
    crm.server.enqueue(fixture("customers-hostile-ids.json"));

    List<Customer> found = crm.connector(settings.build()).directory().findByPhone(ANNA);

    assertThat(found.get(1).recordLink())
        .isEqualTo(
            URI.create(
                "https://crm.example.com/show?record=https%3A%2F%2Fevil.example%2Fx%3Fy%3D1%23z&tab=calls"));
    assertThat(found.get(2).recordLink())
        .isEqualTo(URI.create("https://crm.example.com/show?record=..&tab=calls"));
  }

  @Test
  void hostileNumbersAndNamesAreEncodedIntoQueries() throws Exception {
    crm.server.enqueue(fixture("customers-none.json"));
    crm.server.enqueue(fixture("customers-none.json"));
    CrmConnector rest = crm.connector();

    rest.directory().findByPhone(new PhoneNumber("#31*"));
    rest.directory().searchByName("Ann&admin=1#x +y%41", 5);

    assertThat(crm.server.takeRequest().getPath()).isEqualTo("/api/people?phone=%2331*");
    RecordedRequest search = crm.server.takeRequest();
    assertThat(search.getPath()).isEqualTo("/api/people?name=Ann%26admin%3D1%23x%20%2By%2541");
    assertThat(search.getRequestUrl().queryParameterNames()).containsExactly("name");
  }

  @Test
  void hostileNumbersAndNamesStayInOnePathSegment() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.lookupUrl = crm.base() + "/api/by-phone/{number}/customers?active=true";
    settings.nameSearchUrl = crm.base() + "/api/by-name/{text}";
    crm.server.enqueue(fixture("customers-none.json"));
    crm.server.enqueue(fixture("customers-none.json"));
    CrmConnector rest = crm.connector(settings.build());

    rest.directory().findByPhone(new PhoneNumber("+4930#1"));
    rest.directory().searchByName("../admin?x=1", 5);

    assertThat(crm.server.takeRequest().getPath())
        .isEqualTo("/api/by-phone/+4930%231/customers?active=true");
    RecordedRequest search = crm.server.takeRequest();
    assertThat(search.getPath()).isEqualTo("/api/by-name/..%2Fadmin%3Fx=1");
    assertThat(search.getRequestUrl().pathSegments())
        .containsExactly("api", "by-name", "../admin?x=1");
  }

  @Test
  void aNameThatWouldBeADotSegmentIsNotSearchedAtAll() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.nameSearchUrl = crm.base() + "/api/by-name/{text}";
    CrmConnector rest = crm.connector(settings.build());

    assertThat(rest.directory().searchByName("..", 5)).isEmpty();
    assertThat(rest.directory().searchByName(" . ", 5)).isEmpty();
    assertThat(crm.server.getRequestCount()).isZero();
  }

  @Test
  void nameSearchKeepsTheTemplatesOtherParametersAndHonoursTheLimit() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.nameSearchUrl = crm.base() + "/api/people?tag=a%2Cb&q=name:{text}&tag=c";
    crm.server.enqueue(fixture("customers-two.json"));
    CrmConnector rest = crm.connector(settings.build());

    List<Customer> found = rest.directory().searchByName("  Tehrani ", 1);

    assertThat(found).extracting(Customer::name).containsExactly("Reza Tehrani");
    assertThat(crm.server.takeRequest().getPath())
        .isEqualTo("/api/people?tag=a%2Cb&q=name%3ATehrani&tag=c");
    assertThat(rest.directory().searchByName(" ", 5)).isEmpty();
    assertThat(rest.directory().searchByName("Tehrani", 0)).isEmpty();
    assertThat(crm.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutANameSearchTemplateNobodyIsFound() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.nameSearchUrl = null;

    assertThat(crm.connector(settings.build()).directory().searchByName("Anna", 5)).isEmpty();
    assertThat(crm.server.getRequestCount()).isZero();
  }

  @Test
  void aContactIsCreatedWithTheMappedBody() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.createBody =
        Map.of(
            "/contact/name", "name",
            "/contact/phones/work", "phone",
            "/contact/org", "company",
            "/contact/email", "email");
    crm.server.enqueue(fixture("customer-created.json").setResponseCode(201));

    Customer created =
        crm.connector(settings.build())
            .directory()
            .createContact(
                new NewContact(new PhoneNumber("+4940123456"), "Dana Weiss", "Weiss Bau", null));

    RecordedRequest request = crm.server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/people");
    JsonNode body = GenericRestTestCrm.JSON.readTree(request.getBody().readUtf8());
    assertThat(body)
        .isEqualTo(
            GenericRestTestCrm.JSON.readTree(
                "{\"contact\":{\"name\":\"Dana Weiss\",\"org\":\"Weiss Bau\","
                    + "\"phones\":{\"work\":\"+4940123456\"}}}"));
    assertThat(created.id()).isEqualTo(new CustomerId("rest", "C-2001"));
    assertThat(created.company()).isEqualTo("Weiss Bau");
  }

  @Test
  void aRefusedCreateNamesTheSettingAndWithoutACreateUrlItIsUnsupported() throws Exception {
    crm.server.enqueue(new MockResponse().setResponseCode(404));
    NewContact dana = new NewContact(new PhoneNumber("+4940123456"), "Dana", null, null);

    assertThatThrownBy(() -> crm.connector().directory().createContact(dana))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("crm.rest.createUrl", "404");
            });
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.createUrl = null;
    assertThatThrownBy(() -> crm.connector(settings.build()).directory().createContact(dana))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNSUPPORTED));
    assertThat(crm.server.getRequestCount()).isEqualTo(1);
  }
}
