package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.GenericRestSettings;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.GenericRestSettings.ListField;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;
import org.switchboard.crm.internal.http.LogLabel;

/** Customers from an in-house CRM through the configured templates and pointers. */
public final class RestDirectory implements CustomerDirectory {
  static final String SOURCE = "rest";

  private final CrmHttp http;
  private final Credentials credentials;
  private final GenericRestSettings settings;
  private final UrlTemplate lookup;
  private final @Nullable UrlTemplate nameSearch;
  private final @Nullable UrlTemplate create;
  private final @Nullable UrlTemplate recordLink;

  public RestDirectory(CrmHttp http, Credentials credentials, GenericRestSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.settings = settings;
    this.lookup = UrlTemplate.parse("crm.rest.lookupUrl", settings.lookupUrl(), Set.of("number"));
    String search = settings.nameSearchUrl();
    this.nameSearch =
        search == null ? null : UrlTemplate.parse("crm.rest.nameSearchUrl", search, Set.of("text"));
    String createUrl = settings.createUrl();
    this.create =
        createUrl == null ? null : UrlTemplate.parse("crm.rest.createUrl", createUrl, Set.of());
    String link = settings.recordLink();
    this.recordLink =
        link == null ? null : UrlTemplate.parse("crm.rest.recordLink", link, Set.of("id"));
    check(settings);
  }

  private static void check(GenericRestSettings s) {
    Fields f = s.fields();
    Pointers.compile("crm.rest.fields.results", f.results());
    Pointers.compile("crm.rest.fields.id", f.id());
    Pointers.compile("crm.rest.fields.name", f.name());
    for (Map.Entry<String, String> e : s.createBody().entrySet()) {
      Pointers.compile("crm.rest.createBody", e.getKey());
      if (!GenericRestSettings.CREATE_FIELDS.contains(e.getValue())) {
        throw new IllegalArgumentException(
            "crm.rest.createBody maps " + e.getKey() + " to unknown field '" + e.getValue() + "'");
      }
    }
  }

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    return query(lookup, lookup.expand(Map.of("number", number.value())));
  }

  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    if (nameSearch == null || text.isBlank()) {
      return List.of();
    }
    List<Customer> found = query(nameSearch, nameSearch.expand(Map.of("text", text.strip())));
    return found.subList(0, Math.min(limit, found.size()));
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    if (create == null) {
      return CustomerDirectory.super.createContact(contact);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> e : settings.createBody().entrySet()) {
      String value =
          switch (e.getValue()) {
            case "name" -> contact.name();
            case "phone" -> contact.phone().value();
            case "company" -> contact.company();
            default -> contact.email();
          };
      if (value != null) {
        Pointers.put(body, e.getKey(), TextNode.valueOf(value));
      }
    }
    try {
      JsonResponse answer =
          http.send(
              "POST",
              create.expand(Map.of()),
              body,
              credentials,
              new Request.Builder().tag(LogLabel.class, create.logLabel()));
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected("crm.rest.createUrl answered " + answer.status());
      }
      return customer(answer.body());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private List<Customer> query(UrlTemplate template, HttpUrl url) throws DirectoryException {
    try {
      JsonResponse answer =
          http.send(
              "GET",
              url,
              null,
              credentials,
              new Request.Builder().tag(LogLabel.class, template.logLabel()));
      if (answer.status() == 404) {
        return List.of(); // many in-house APIs answer "nobody" with 404
      }
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(url.host() + " answered " + answer.status());
      }
      JsonNode results = answer.body().at(settings.fields().results());
      if (!results.isArray()) {
        throw CrmCallFailure.malformed(
            url.host()
                + " sent no array at crm.rest.fields.results ("
                + settings.fields().results()
                + ")",
            null);
      }
      List<Customer> found = new ArrayList<>();
      for (JsonNode result : results) {
        found.add(customer(result));
      }
      return found;
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private Customer customer(JsonNode result) throws CrmCallFailure {
    Fields f = settings.fields();
    String id = Pointers.text(result, f.id());
    String name = Pointers.text(result, f.name());
    if (id == null || name == null) {
      throw CrmCallFailure.malformed(
          "a result has nothing at "
              + (id == null
                  ? "crm.rest.fields.id (" + f.id() + ")"
                  : "crm.rest.fields.name (" + f.name() + ")"),
          null);
    }
    return new Customer(
        new CustomerId(SOURCE, id),
        name,
        Pointers.text(result, f.company()),
        Pointers.texts(result, f.phones()),
        Pointers.texts(result, f.emails()),
        Pointers.texts(result, f.tags()),
        interactions(result, f.interactions()),
        openItems(result, f.openItems()),
        link(id));
  }

  private static List<Interaction> interactions(JsonNode result, @Nullable ListField field) {
    List<Interaction> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    for (JsonNode item : result.at(field.items())) {
      String at = Pointers.text(item, field.item().get("at"));
      try {
        if (at != null) {
          out.add(
              new Interaction(
                  Instant.parse(at),
                  Pointers.text(item, field.item().get("agent")),
                  Pointers.text(item, field.item().get("disposition")),
                  Pointers.text(item, field.item().get("notes")),
                  "phone"));
        }
      } catch (DateTimeParseException notATime) {
        // an entry without a usable time cannot be placed in the history; skip it
      }
    }
    out.sort((a, b) -> b.at().compareTo(a.at()));
    return out;
  }

  private static List<OpenItem> openItems(JsonNode result, @Nullable ListField field) {
    List<OpenItem> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    for (JsonNode item : result.at(field.items())) {
      String id = Pointers.text(item, field.item().get("id"));
      String title = Pointers.text(item, field.item().get("title"));
      if (id != null && title != null) {
        out.add(
            new OpenItem(
                id,
                kind(Pointers.text(item, field.item().get("kind"))),
                title,
                Pointers.text(item, field.item().get("status")),
                null));
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

  private @Nullable URI link(String id) {
    if (recordLink == null || !recordLink.host().isHttps()) {
      return null;
    }
    return recordLink.expand(Map.of("id", id)).uri();
  }
}
