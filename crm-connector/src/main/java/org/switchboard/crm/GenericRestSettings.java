package org.switchboard.crm;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An in-house CRM reached over REST, described by URL templates and JSON-pointer mappings (see
 * {@code docs/crm-generic-rest.md}). Templates take {@code {number}} (E.164), {@code {text}} (a
 * name search), {@code {key}} (a call record's key) and {@code {id}} (a customer id) in the path or
 * the query; values are always URL-encoded. The settings are checked when the connector is built
 * ({@link GenericRestCrm#create}); every error names its {@code crm.rest.*} setting.
 *
 * @param lookupUrl e.g. {@code https://crm.example.com/api/customers?phone={number}}
 * @param fields where the customer's fields are in each result
 * @param nameSearchUrl optional, with {@code {text}}
 * @param logUrl where call records go, e.g. {@code https://crm.example.com/api/calls/{key}}
 * @param logMethod {@code POST} or {@code PUT}
 * @param logBody target JSON pointer → call-record field ({@link #LOG_FIELDS})
 * @param createUrl optional: where new contacts go
 * @param createBody target JSON pointer → contact field ({@code name}, {@code phone}, {@code
 *     company}, {@code email}); must map the name when {@code createUrl} is set
 * @param recordLink optional template for the browser link, e.g. {@code
 *     https://crm.example.com/c/{id}}; must be https, and the id only fills its path segment or
 *     query value, so the link never leaves the configured host
 */
public record GenericRestSettings(
    String lookupUrl,
    Fields fields,
    @Nullable String nameSearchUrl,
    String logUrl,
    String logMethod,
    Map<String, String> logBody,
    @Nullable String createUrl,
    Map<String, String> createBody,
    @Nullable String recordLink,
    CrmAuth auth) {

  /** The call-record fields a log body may use. */
  public static final Set<String> LOG_FIELDS =
      Set.of(
          "key",
          "direction",
          "from",
          "to",
          "start",
          "durationSeconds",
          "queue",
          "disposition",
          "notes",
          "tags",
          "recordingLink",
          "agent",
          "customerId");

  /** The contact fields a create body may use. */
  public static final Set<String> CREATE_FIELDS = Set.of("name", "phone", "company", "email");

  public GenericRestSettings {
    Objects.requireNonNull(lookupUrl, "crm.rest.lookupUrl is required");
    Objects.requireNonNull(fields, "crm.rest.fields is required");
    Objects.requireNonNull(logUrl, "crm.rest.logUrl is required");
    Objects.requireNonNull(logMethod, "crm.rest.logMethod is required");
    Objects.requireNonNull(auth, "auth");
    logBody = Map.copyOf(Objects.requireNonNull(logBody, "crm.rest.logBody is required"));
    createBody = Map.copyOf(createBody);
  }

  /**
   * Where each field is in one result, as JSON pointers ({@code /name}, {@code /org/name}); {@code
   * results} points at the array of results in the answer ({@code ""} when the answer is the
   * array).
   */
  public record Fields(
      String results,
      String id,
      String name,
      @Nullable String company,
      @Nullable String phones,
      @Nullable String emails,
      @Nullable String tags,
      @Nullable ListField interactions,
      @Nullable ListField openItems) {
    public Fields {
      Objects.requireNonNull(results, "crm.rest.fields.results is required");
      Objects.requireNonNull(id, "crm.rest.fields.id is required");
      Objects.requireNonNull(name, "crm.rest.fields.name is required");
    }
  }

  /**
   * A list inside each result and where its items' fields are: for interactions {@code at}, {@code
   * agent}, {@code disposition}, {@code notes}; for open items {@code id}, {@code kind}, {@code
   * title}, {@code status}.
   */
  public record ListField(String items, Map<String, String> item) {
    public ListField {
      Objects.requireNonNull(items, "crm.rest.fields.*.items is required");
      item = Map.copyOf(Objects.requireNonNull(item, "crm.rest.fields.*.item is required"));
    }
  }
}
