package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.GenericRestSettings.ListField;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * Turns an in-house CRM's answer into customers by the configured JSON pointers ({@code
 * crm.rest.fields.*}). Every pointer is checked when the connector is built, so a typo is reported
 * once, naming its setting, instead of failing every lookup.
 */
final class CustomerMapping {
  static final Set<String> INTERACTION_FIELDS = Set.of("at", "agent", "disposition", "notes");
  static final Set<String> OPEN_ITEM_FIELDS = Set.of("id", "kind", "title", "status");

  /** As many past calls as the card shows; the CRM may send its whole history. */
  static final int HISTORY = 10;

  private final Fields fields;
  private final @Nullable UrlTemplate recordLink;

  /**
   * @throws IllegalArgumentException naming the {@code crm.rest.fields.*} setting that is unusable
   */
  CustomerMapping(Fields fields, @Nullable UrlTemplate recordLink) {
    this.fields = fields;
    this.recordLink = recordLink;
    Pointers.compile("crm.rest.fields.results", fields.results());
    Pointers.compile("crm.rest.fields.id", fields.id());
    Pointers.compile("crm.rest.fields.name", fields.name());
    optional("crm.rest.fields.company", fields.company());
    optional("crm.rest.fields.phones", fields.phones());
    optional("crm.rest.fields.emails", fields.emails());
    optional("crm.rest.fields.tags", fields.tags());
    list("crm.rest.fields.interactions", fields.interactions(), INTERACTION_FIELDS, Set.of("at"));
    list("crm.rest.fields.openItems", fields.openItems(), OPEN_ITEM_FIELDS, Set.of("id", "title"));
  }

  private static void optional(String setting, @Nullable String pointer) {
    if (pointer != null) {
      Pointers.compile(setting, pointer);
    }
  }

  private static void list(
      String setting, @Nullable ListField list, Set<String> known, Set<String> required) {
    if (list == null) {
      return;
    }
    Pointers.compile(setting + ".items", list.items());
    for (Map.Entry<String, String> e : list.item().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new IllegalArgumentException(
            setting
                + ".item has an unknown field '"
                + e.getKey()
                + "' (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
      Pointers.compile(setting + ".item." + e.getKey(), e.getValue());
    }
    for (String field : required) {
      if (!list.item().containsKey(field)) {
        throw new IllegalArgumentException(setting + ".item." + field + " is required");
      }
    }
  }

  /** The customers in one answer from {@code url}. */
  List<Customer> results(JsonNode answer, HttpUrl url) throws CrmCallFailure {
    JsonNode results = answer.at(fields.results());
    if (!results.isArray()) {
      throw CrmCallFailure.malformed(
          url.host() + " sent no array at crm.rest.fields.results (" + fields.results() + ")",
          null);
    }
    List<Customer> found = new ArrayList<>();
    for (JsonNode result : results) {
      found.add(customer(result));
    }
    return found;
  }

  /** One result; without its id or name it cannot be shown, so the answer is malformed. */
  Customer customer(JsonNode result) throws CrmCallFailure {
    String id = Pointers.text(result, fields.id());
    String name = Pointers.text(result, fields.name());
    if (id == null || name == null) {
      throw CrmCallFailure.malformed(
          "a result has nothing at "
              + (id == null
                  ? "crm.rest.fields.id (" + fields.id() + ")"
                  : "crm.rest.fields.name (" + fields.name() + ")"),
          null);
    }
    return new Customer(
        new CustomerId(RestDirectory.SOURCE, id),
        name,
        Pointers.text(result, fields.company()),
        Pointers.texts(result, fields.phones()),
        Pointers.texts(result, fields.emails()),
        Pointers.texts(result, fields.tags()),
        interactions(result, fields.interactions()),
        openItems(result, fields.openItems()),
        link(id));
  }

  /** Newest first; an entry without an ISO-8601 time cannot be placed in the history: skipped. */
  private static List<Interaction> interactions(JsonNode result, @Nullable ListField field) {
    List<Interaction> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    Map<String, String> item = field.item();
    for (JsonNode entry : result.at(field.items())) {
      Instant at = instant(Pointers.text(entry, item.get("at")));
      if (at != null) {
        out.add(
            new Interaction(
                at,
                Pointers.text(entry, item.get("agent")),
                Pointers.text(entry, item.get("disposition")),
                Pointers.text(entry, item.get("notes")),
                "phone"));
      }
    }
    out.sort(Comparator.comparing(Interaction::at).reversed());
    return out.subList(0, Math.min(HISTORY, out.size()));
  }

  private static @Nullable Instant instant(@Nullable String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }

  /** An item without an id or a title cannot be shown or told apart: skipped. */
  private static List<OpenItem> openItems(JsonNode result, @Nullable ListField field) {
    List<OpenItem> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    Map<String, String> item = field.item();
    for (JsonNode entry : result.at(field.items())) {
      String id = Pointers.text(entry, item.get("id"));
      String title = Pointers.text(entry, item.get("title"));
      if (id != null && title != null) {
        OpenItemKind kind = kind(Pointers.text(entry, item.get("kind")));
        out.add(new OpenItem(id, kind, title, Pointers.text(entry, item.get("status")), null));
      }
    }
    return out;
  }

  private static OpenItemKind kind(@Nullable String text) {
    if (text == null) {
      return OpenItemKind.TICKET;
    }
    try {
      return OpenItemKind.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException other) {
      return OpenItemKind.TICKET;
    }
  }

  /**
   * The id only fills the template's path segment or query value, so whatever the CRM sends as an
   * id, the link stays on the configured https host; an id of {@code .} or {@code ..} gives none.
   */
  private @Nullable URI link(String id) {
    if (recordLink == null) {
      return null;
    }
    HttpUrl link = recordLink.expand(Map.of("id", id));
    return link == null ? null : link.uri();
  }
}
