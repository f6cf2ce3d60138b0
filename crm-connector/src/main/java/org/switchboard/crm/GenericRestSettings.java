package org.switchboard.crm;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An in-house CRM reached over REST, described by URL templates and JSON-pointer mappings (see
 * {@code docs/crm-generic-rest.md}). Templates take {@code {number}} (E.164), {@code {text}} (a
 * name search), {@code {key}} (a call record's key) and {@code {id}} (a customer id) in the path or
 * the query; values are always URL-encoded.
 *
 * @param lookupUrl e.g. {@code https://crm.example.com/api/customers?phone={number}}
 * @param fields where the customer's fields are in each result
 * @param nameSearchUrl optional, with {@code {text}}
 * @param logUrl where call records go, e.g. {@code https://crm.example.com/api/calls/{key}}
 * @param logMethod {@code POST} or {@code PUT}
 * @param logBody target JSON pointer → call-record field ({@link #LOG_FIELDS})
 * @param createUrl optional: where new contacts go
 * @param createBody target JSON pointer → contact field ({@code name}, {@code phone}, {@code
 *     company}, {@code email})
 * @param recordLink optional template for the browser link, e.g. {@code
 *     https://crm.example.com/c/{id}}; only https on the same host is shown
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
    Objects.requireNonNull(lookupUrl, "lookupUrl");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(logUrl, "logUrl");
    Objects.requireNonNull(logMethod, "logMethod");
    Objects.requireNonNull(auth, "auth");
    logBody = Map.copyOf(logBody);
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
      Objects.requireNonNull(results, "results");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A list inside each result and where its items' fields are: for interactions {@code at}, {@code
   * agent}, {@code disposition}, {@code notes}; for open items {@code id}, {@code kind}, {@code
   * title}, {@code status}.
   */
  public record ListField(String items, Map<String, String> item) {
    public ListField {
      Objects.requireNonNull(items, "items");
      item = Map.copyOf(item);
    }
  }
}
