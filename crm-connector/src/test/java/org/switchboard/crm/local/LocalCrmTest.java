package org.switchboard.crm.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.CrmConnector;
import org.switchboard.crm.LocalCrm;

class LocalCrmTest {
  @TempDir Path dir;

  private CrmConnector sample() {
    return LocalCrm.sample(dir, "DE");
  }

  private static CallRecord call(String key, String from, CustomerId customer, String notes) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        from,
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(60),
        null,
        "resolved",
        notes,
        List.of("billing"),
        null,
        "Agent Smith",
        customer);
  }

  @Test
  void theSampleFindsTheLabPeersAndCustomersByE164() throws Exception {
    CrmConnector crm = sample();

    assertThat(crm.directory().findByPhone(new PhoneNumber("2001")))
        .extracting(Customer::name)
        .containsExactly("Lab caller A (baresip 2001)");
    Customer anna = crm.directory().findByPhone(new PhoneNumber("+49301234567")).get(0);
    assertThat(anna.name()).isEqualTo("Anna Schmidt");
    assertThat(anna.company()).isEqualTo("Nordwind Logistik GmbH");
    assertThat(anna.recentInteractions()).hasSize(2);
    assertThat(anna.openItems()).extracting(i -> i.kind()).contains(OpenItemKind.TICKET);
    assertThat(anna.recordLink()).isEqualTo(URI.create("https://crm.example.com/customers/c-001"));
    assertThat(Files.exists(dir.resolve("customers.json"))).isTrue();
  }

  @Test
  void aNumberSharedByTwoCustomersReturnsBoth() throws Exception {
    List<Customer> found = sample().directory().findByPhone(new PhoneNumber("+12025550143"));

    assertThat(found)
        .extracting(Customer::name)
        .containsExactly("Emily Johnson", "Michael Johnson");
  }

  @Test
  void persianArabicAndRussianNamesAreSearchable() throws Exception {
    CrmConnector crm = sample();

    assertThat(crm.directory().searchByName("مریم", 5)).hasSize(1);
    assertThat(crm.directory().searchByName("иван", 5))
        .extracting(Customer::name)
        .containsExactly("Иван Петров");
    assertThat(crm.directory().searchByName("johnson", 1)).hasSize(1);
    assertThat(crm.directory().searchByName("  ", 5)).isEmpty();
  }

  @Test
  void anUnknownNumberMatchesNobody() throws Exception {
    assertThat(sample().directory().findByPhone(new PhoneNumber("+4940999999"))).isEmpty();
  }

  @Test
  void theSampleIsNeverCopiedOverTheAgentsOwnFile() throws Exception {
    Files.writeString(
        dir.resolve("customers.json"),
        "{\"customers\":[{\"id\":\"x\",\"name\":\"Mine\",\"phones\":[\"2001\"]}]}");

    assertThat(sample().directory().findByPhone(new PhoneNumber("2001")))
        .extracting(Customer::name)
        .containsExactly("Mine");
  }

  @Test
  void aCsvFileWithQuotedFieldsAndSeveralNumbersIsRead() throws Exception {
    Path csv = dir.resolve("customers.csv");
    Files.writeString(
        csv,
        "id,name,company,phones,emails,tags,link\n"
            + "k1,\"Doe, Jane\",\"ACME, Inc.\",+49 30 1111111; 030 2222222,jane@acme.example,vip;new,https://crm.example.com/k1\n"
            + "k2,Ali Rezaei,,+98 21 7777 7777,,,\n",
        StandardCharsets.UTF_8);
    CrmConnector crm = LocalCrm.open(csv, dir.resolve("log.jsonl"), "DE");

    Customer jane = crm.directory().findByPhone(new PhoneNumber("+49302222222")).get(0);
    assertThat(jane.name()).isEqualTo("Doe, Jane");
    assertThat(jane.company()).isEqualTo("ACME, Inc.");
    assertThat(jane.tags()).containsExactly("vip", "new");
    assertThat(crm.directory().findByPhone(new PhoneNumber("+982177777777"))).hasSize(1);
  }

  @Test
  void csvErrorsNameTheFileLineAndColumn() throws Exception {
    Path csv = dir.resolve("customers.csv");
    Files.writeString(csv, "id,name,phones\nk1,Jane,123\nk2,,456\n");
    assertThatThrownBy(() -> LocalCrm.open(csv, dir.resolve("log.jsonl"), "DE"))
        .hasMessageContaining(csv.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("'name' is empty");

    Files.writeString(csv, "id,name,fax\nk1,Jane,123\n");
    assertThatThrownBy(() -> LocalCrm.open(csv, dir.resolve("log.jsonl"), "DE"))
        .hasMessageContaining("unknown column 'fax'");
  }

  @Test
  void jsonErrorsNameTheFileAndThePlace() throws Exception {
    Path json = dir.resolve("c.json");
    Files.writeString(json, "{\"customers\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\"}]}");
    assertThatThrownBy(() -> LocalCrm.open(json, dir.resolve("log.jsonl"), "DE"))
        .hasMessage(json + ": customers[1].name is missing");

    Files.writeString(
        json, "{\"customers\":[{\"id\":\"a\",\"name\":\"A\",\"link\":\"http://x.example\"}]}");
    assertThatThrownBy(() -> LocalCrm.open(json, dir.resolve("log.jsonl"), "DE"))
        .hasMessage(json + ": customers[0].link must be an https link");

    Files.writeString(json, "{\"customers\": [\n  {\"id\": \"a\",, }\n]}");
    assertThatThrownBy(() -> LocalCrm.open(json, dir.resolve("log.jsonl"), "DE"))
        .hasMessageContaining(json + ": line 2");

    Files.writeString(
        json,
        "{\"customers\":[{\"id\":\"a\",\"name\":\"A\",\"openItems\":[{\"id\":\"1\",\"kind\":\"bug\",\"title\":\"t\"}]}]}");
    assertThatThrownBy(() -> LocalCrm.open(json, dir.resolve("log.jsonl"), "DE"))
        .hasMessageContaining("customers[0].openItems[0].kind must be ticket, case, order or deal");
  }

  @Test
  void anEditedFileIsReReadAndABrokenEditKeepsTheLastGoodOne() throws Exception {
    Path json = dir.resolve("c.json");
    Files.writeString(
        json, "{\"customers\":[{\"id\":\"a\",\"name\":\"Before\",\"phones\":[\"2001\"]}]}");
    CrmConnector crm = LocalCrm.open(json, dir.resolve("log.jsonl"), "DE");
    assertThat(crm.directory().findByPhone(new PhoneNumber("2001")))
        .extracting(Customer::name)
        .containsExactly("Before");

    Files.writeString(
        json, "{\"customers\":[{\"id\":\"a\",\"name\":\"After\",\"phones\":[\"2001\"]}]}");
    Files.setLastModifiedTime(json, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(crm.directory().findByPhone(new PhoneNumber("2001")))
        .extracting(Customer::name)
        .containsExactly("After");

    Files.writeString(json, "{\"customers\":[");
    Files.setLastModifiedTime(json, FileTime.from(Instant.now().plusSeconds(10)));
    assertThat(crm.directory().findByPhone(new PhoneNumber("2001")))
        .extracting(Customer::name)
        .containsExactly("After");
  }

  @Test
  void aCreatedContactIsFoundAfterwardsAndTheOriginalFileIsUntouched() throws Exception {
    CrmConnector crm = sample();
    byte[] original = Files.readAllBytes(dir.resolve("customers.json"));

    Customer created =
        crm.directory()
            .createContact(
                new NewContact(
                    new PhoneNumber("+4940123456"), "Dana New", "Dana GmbH", "dana@example.com"));

    assertThat(created.name()).isEqualTo("Dana New");
    assertThat(created.id().source()).isEqualTo("local");
    assertThat(crm.directory().findByPhone(new PhoneNumber("+4940123456")))
        .containsExactly(created);
    assertThat(Files.readAllBytes(dir.resolve("customers.json"))).isEqualTo(original);
    assertThat(dir.resolve("customers.json.created.json")).exists();
    assertThat(LocalCrm.sample(dir, "DE").directory().findByPhone(new PhoneNumber("+4940123456")))
        .hasSize(1);
  }

  @Test
  void loggedCallsBecomeTheCustomersHistoryNewestFirst() throws Exception {
    CrmConnector crm = sample();
    CustomerId anna = new CustomerId("local", "c-001");

    crm.callLog().write(call("k1", "+49 30 1234567", anna, "Asked about invoice 7"));

    Customer found = crm.directory().findByPhone(new PhoneNumber("+49301234567")).get(0);
    assertThat(found.recentInteractions()).hasSize(3);
    assertThat(found.recentInteractions().get(0).notes())
        .isEqualTo("Asked about invoice 7 [billing]");
    assertThat(found.recentInteractions().get(0).agent()).isEqualTo("Agent Smith");
  }

  @Test
  void theJournalKeepsOneLinePerKeyAndSurvivesATornLastLine() throws Exception {
    CrmConnector crm = sample();
    CustomerId anna = new CustomerId("local", "c-001");
    crm.callLog().write(call("k1", "+49301234567", anna, "first"));
    crm.callLog().write(call("k2", "+49301234567", anna, "second"));
    crm.callLog().write(call("k1", "+49301234567", anna, "first, edited"));

    Path log = dir.resolve("call-log.jsonl");
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("first, edited");

    Files.writeString(log, "{\"key\":\"k3\",\"direc", java.nio.file.StandardOpenOption.APPEND);
    Customer found =
        LocalCrm.sample(dir, "DE").directory().findByPhone(new PhoneNumber("+49301234567")).get(0);
    assertThat(found.recentInteractions())
        .extracting(i -> i.notes())
        .contains("first, edited [billing]", "second [billing]");
  }

  @Test
  void creatingContactsNeedsAWritableDirectory() throws Exception {
    CrmConnector crm = sample();
    Path created = dir.resolve("customers.json.created.json");
    Files.createDirectories(created); // a directory where the file should be: unwritable

    assertThatThrownBy(
            () ->
                crm.directory()
                    .createContact(new NewContact(new PhoneNumber("+4940123456"), "X", null, null)))
        .isInstanceOf(DirectoryException.class);
  }
}
