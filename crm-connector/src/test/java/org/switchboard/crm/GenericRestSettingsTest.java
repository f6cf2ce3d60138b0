package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.GenericRestSettings.ListField;

/** Unusable settings are refused when the connector is built, naming the crm.rest.* setting. */
class GenericRestSettingsTest {
  private static final Fields MINIMAL =
      new Fields("/data", "/id", "/name", null, null, null, null, null, null);

  private GenericRestTestCrm crm;

  @BeforeEach
  void start() throws Exception {
    crm = new GenericRestTestCrm();
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
  }

  private void assertRefused(Consumer<GenericRestTestCrm.Settings> change, String message) {
    GenericRestTestCrm.Settings settings = crm.settings();
    change.accept(settings);
    assertThatThrownBy(() -> crm.connector(settings.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  private void assertAccepted(Consumer<GenericRestTestCrm.Settings> change) {
    GenericRestTestCrm.Settings settings = crm.settings();
    change.accept(settings);
    assertThatCode(() -> crm.connector(settings.build())).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://crm.example.com/p?phone={number}    | crm.rest.lookupUrl must be https",
        "http://127.evil.example/p?phone={number}   | crm.rest.lookupUrl must be https",
        "http://localhost.evil.example/p/{number}   | crm.rest.lookupUrl must be https",
        "https://{number}.example.com/p             | crm.rest.lookupUrl may not have a placeholder in its host",
        "https://crm.example.com:{number}/p         | crm.rest.lookupUrl is not an http(s) URL",
        "ftp://crm.example.com/p/{number}           | crm.rest.lookupUrl is not an http(s) URL",
        "crm.example.com/p/{number}                 | crm.rest.lookupUrl is not an http(s) URL",
        "https://{number}@crm.example.com/p         | crm.rest.lookupUrl may have placeholders only in path segments and query values",
        "https://crm.example.com/p?{number}=1       | crm.rest.lookupUrl may have placeholders only in path segments and query values",
        "https://crm.example.com/p?x=1#{number}     | crm.rest.lookupUrl may have placeholders only in path segments and query values",
        "https://crm.example.com/p?phone={phone}    | crm.rest.lookupUrl uses a placeholder other than [{number}]",
      })
  void aLookupTemplateThatCannotBeFilledSafelyIsRefused(String template, String message) {
    assertRefused(s -> s.lookupUrl = template, message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://crm.example.com/api/people?phone={number}",
        "http://localhost:8080/p/{number}",
        "http://127.0.0.2:8080/p/{number}",
        "http://[::1]:8080/p?phone={number}",
        "https://crm.example.com/p/{number}/calls?phone={number}",
      })
  void httpsOrLoopbackTemplatesAreAccepted(String template) {
    assertAccepted(s -> s.lookupUrl = template);
  }

  @Test
  void eachTemplateSettingIsNamedAndTakesOnlyItsOwnPlaceholder() {
    assertRefused(
        s -> s.nameSearchUrl = "https://crm.example.com/p?name={number}",
        "crm.rest.nameSearchUrl uses a placeholder other than [{text}]");
    assertRefused(
        s -> s.logUrl = "http://crm.example.com/calls/{key}", "crm.rest.logUrl must be https");
    assertRefused(
        s -> s.logUrl = "https://crm.example.com/calls/{id}",
        "crm.rest.logUrl uses a placeholder other than [{key}]");
    assertRefused(
        s -> s.createUrl = "https://crm.example.com/people/{text}",
        "crm.rest.createUrl uses a placeholder other than []");
    assertRefused(
        s -> s.createUrl = "http://crm.example.com/people", "crm.rest.createUrl must be https");
  }

  @Test
  void theRecordLinkMustBeHttpsEvenOnLoopbackAndKeepItsHost() {
    assertRefused(
        s -> s.recordLink = "http://crm.example.com/c/{id}",
        "crm.rest.recordLink must be an https link");
    assertRefused(
        s -> s.recordLink = "http://127.0.0.1/c/{id}", "crm.rest.recordLink must be an https link");
    assertRefused(
        s -> s.recordLink = "https://{id}.crm.example.com/",
        "crm.rest.recordLink may not have a placeholder in its host");
    assertRefused(
        s -> s.recordLink = "https://crm.example.com/c/{key}",
        "crm.rest.recordLink uses a placeholder other than [{id}]");
  }

  @Test
  void theLogMethodIsPostOrPut() {
    assertRefused(s -> s.logMethod = "DELETE", "crm.rest.logMethod must be POST or PUT");
    assertRefused(s -> s.logMethod = "PATCH", "crm.rest.logMethod must be POST or PUT");
    assertAccepted(s -> s.logMethod = "put");
  }

  @Test
  void aBodyMappingNamesKnownFieldsAtPropertiesThatDoNotOverlap() {
    assertRefused(s -> s.logBody = Map.of(), "crm.rest.logBody must map at least one field");
    assertRefused(
        s -> s.logBody = Map.of("/k", "password"),
        "crm.rest.logBody maps /k to unknown field 'password'");
    assertRefused(s -> s.logBody = Map.of("", "notes"), "crm.rest.logBody maps the whole body");
    assertRefused(
        s -> s.logBody = Map.of("call/id", "key"), "crm.rest.logBody must be a JSON pointer");
    assertRefused(
        s -> s.logBody = Map.of("/call", "key", "/call/notes", "notes"),
        "crm.rest.logBody maps both /call and /call/notes");
    assertRefused(
        s -> s.createBody = Map.of("/ssn", "taxId"),
        "crm.rest.createBody maps /ssn to unknown field 'taxId'");
    assertRefused(
        s -> s.createBody = Map.of("/phone", "phone"), "crm.rest.createBody must map the name");
    assertAccepted(
        s -> {
          s.createUrl = null;
          s.createBody = Map.of();
        });
    assertAccepted(s -> s.logBody = Map.of("/call", "key", "/callNotes", "notes"));
  }

  @ParameterizedTest
  @CsvSource({
    "results, crm.rest.fields.results",
    "id, crm.rest.fields.id",
    "name, crm.rest.fields.name",
    "company, crm.rest.fields.company",
    "phones, crm.rest.fields.phones",
    "emails, crm.rest.fields.emails",
    "tags, crm.rest.fields.tags",
  })
  void everyFieldPointerIsCheckedAndNamed(String field, String setting) {
    String bad = "no-slash";
    Fields fields =
        new Fields(
            field.equals("results") ? bad : "/data",
            field.equals("id") ? bad : "/id",
            field.equals("name") ? bad : "/name",
            field.equals("company") ? bad : "/company",
            field.equals("phones") ? bad : "/phones",
            field.equals("emails") ? bad : "/emails",
            field.equals("tags") ? bad : "/tags",
            null,
            null);
    assertRefused(s -> s.fields = fields, setting + " must be a JSON pointer like /name");
  }

  private static Fields withLists(ListField interactions, ListField openItems) {
    return new Fields("/data", "/id", "/name", null, null, null, null, interactions, openItems);
  }

  @Test
  void historyAndOpenItemMappingsAreCheckedAndNamed() {
    ListField history = new ListField("/history", Map.of("at", "/when"));
    ListField tickets = new ListField("/tickets", Map.of("id", "/no", "title", "/subject"));
    assertAccepted(s -> s.fields = withLists(history, tickets));

    assertRefused(
        s -> s.fields = withLists(new ListField("history", Map.of("at", "/when")), tickets),
        "crm.rest.fields.interactions.items must be a JSON pointer");
    assertRefused(
        s -> s.fields = withLists(new ListField("/h", Map.of("at", "/w", "date", "/d")), tickets),
        "crm.rest.fields.interactions.item has an unknown field 'date'"
            + " (known: agent, at, disposition, notes)");
    assertRefused(
        s -> s.fields = withLists(new ListField("/h", Map.of("notes", "/text")), tickets),
        "crm.rest.fields.interactions.item.at is required");
    assertRefused(
        s -> s.fields = withLists(new ListField("/h", Map.of("at", "/w", "notes", "t")), tickets),
        "crm.rest.fields.interactions.item.notes must be a JSON pointer");
    assertRefused(
        s -> s.fields = withLists(history, new ListField("/tickets", Map.of("id", "/no"))),
        "crm.rest.fields.openItems.item.title is required");
    assertRefused(
        s ->
            s.fields =
                withLists(
                    history,
                    new ListField("/t", Map.of("id", "/no", "title", "/s", "owner", "/o"))),
        "crm.rest.fields.openItems.item has an unknown field 'owner'");
  }

  @Test
  void missingRequiredFieldsAreNamedWhenSettingsAreReadFromJson() {
    assertThatThrownBy(
            () ->
                GenericRestTestCrm.JSON.convertValue(
                    Map.of("results", "/data", "id", "/id"), Fields.class))
        .hasMessageContaining("crm.rest.fields.name is required");
    assertThatThrownBy(
            () ->
                GenericRestTestCrm.JSON.convertValue(Map.of("items", "/history"), ListField.class))
        .hasMessageContaining("crm.rest.fields.*.item is required");
  }

  @Test
  void aMinimalConfigurationIsEnough() {
    assertAccepted(
        s -> {
          s.fields = MINIMAL;
          s.nameSearchUrl = null;
          s.createUrl = null;
          s.createBody = Map.of();
          s.recordLink = null;
          s.logBody = Map.of("/key", "key");
        });
    assertThat(crm.server.getRequestCount()).as("building makes no request").isZero();
  }
}
