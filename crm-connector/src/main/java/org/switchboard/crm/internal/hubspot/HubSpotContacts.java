package org.switchboard.crm.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
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
import org.switchboard.crm.HubSpotSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Contacts in HubSpot: phone search ({@code POST /crm/v3/objects/contacts/search}, phone or mobile
 * equal to the E.164 number), details from the contact's associated calls and tickets (one read
 * with {@code associations=calls,tickets}, then batch reads), text search for transfer targets, and
 * contact creation.
 */
public final class HubSpotContacts implements CustomerDirectory {
  static final String SOURCE = "hubspot";
  private static final List<String> CONTACT_PROPERTIES =
      List.of("firstname", "lastname", "company", "email", "phone", "mobilephone");
  private static final int HISTORY = 5;
  private static final int BATCH = 20;
  private static final int MAX_NAME_MATCHES = 50;
  private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,30}");

  private final CrmHttp http;
  private final Credentials credentials;
  private final HubSpotSettings settings;
  private final HttpUrl api;

  public HubSpotContacts(CrmHttp http, Credentials credentials, HubSpotSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.settings = settings;
    this.api = HttpUrl.get(settings.apiUrl());
  }

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    ObjectNode search = JsonNodeFactory.instance.objectNode();
    ArrayNode groups = search.putArray("filterGroups");
    for (String property : List.of("phone", "mobilephone")) {
      groups
          .addObject()
          .putArray("filters")
          .addObject()
          .put("propertyName", property)
          .put("operator", "EQ")
          .put("value", number.value());
    }
    return search(search, 10);
  }

  /**
   * HubSpot's text search ({@code query}), which looks at a contact's names and also its email,
   * phone and company; text shorter than two characters finds nobody without asking.
   */
  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    String query = text.replaceAll("\\p{Cntrl}", " ").strip();
    if (query.length() < 2 || limit < 1) {
      return List.of();
    }
    ObjectNode search = JsonNodeFactory.instance.objectNode();
    search.put("query", query);
    return search(search, Math.min(limit, MAX_NAME_MATCHES));
  }

  private List<Customer> search(ObjectNode search, int limit) throws DirectoryException {
    CONTACT_PROPERTIES.forEach(search.putArray("properties")::add);
    search.put("limit", limit);
    try {
      JsonResponse answer =
          http.send("POST", path("crm/v3/objects/contacts/search"), search, credentials);
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(api.host() + " refused the search (" + answer.status() + ")");
      }
      JsonNode results = answer.body().path("results");
      if (!results.isArray()) {
        throw CrmCallFailure.malformed(api.host() + " sent a search answer without results", null);
      }
      List<Customer> found = new ArrayList<>();
      for (JsonNode contact : results) {
        found.add(contact(contact));
      }
      return found;
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer details(Customer customer) throws DirectoryException {
    if (!customer.id().source().equals(SOURCE)) {
      return customer;
    }
    try {
      // The id is one path segment, escaped: a stored id is data and must not add segments.
      HttpUrl url =
          path("crm/v3/objects/contacts")
              .newBuilder()
              .addPathSegment(customer.id().value())
              .addQueryParameter("associations", "calls,tickets")
              .build();
      JsonNode contact = http.get(url, credentials).body();
      List<String> calls = associated(contact, "calls");
      List<String> tickets = associated(contact, "tickets");
      List<Interaction> history = new ArrayList<>();
      for (JsonNode call : batchRead("calls", calls, HubSpotCalls.READ_PROPERTIES)) {
        interaction(call.path("properties")).ifPresent(history::add);
      }
      history.sort((a, b) -> b.at().compareTo(a.at()));
      List<OpenItem> open = new ArrayList<>();
      for (JsonNode ticket :
          batchRead("tickets", tickets, List.of("subject", "hs_pipeline_stage", "closed_date"))) {
        openTicket(ticket).ifPresent(open::add);
      }
      return new Customer(
          customer.id(),
          customer.name(),
          customer.company(),
          customer.phoneNumbers(),
          customer.emails(),
          customer.tags(),
          history.subList(0, Math.min(HISTORY, history.size())),
          open,
          customer.recordLink());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = body.putObject("properties");
    String[] names = HubSpotNames.split(contact.name());
    properties.put("firstname", names[0]).put("lastname", names[1]);
    properties.put("phone", contact.phone().value());
    if (contact.company() != null) {
      properties.put("company", contact.company());
    }
    if (contact.email() != null) {
      properties.put("email", contact.email());
    }
    try {
      JsonResponse created = http.send("POST", path("crm/v3/objects/contacts"), body, credentials);
      if (!created.isSuccessful()) {
        throw CrmCallFailure.rejected(
            api.host() + " did not create the contact (" + created.status() + ")");
      }
      return contact(created.body());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private List<JsonNode> batchRead(String type, List<String> ids, List<String> properties)
      throws CrmCallFailure {
    if (ids.isEmpty()) {
      return List.of();
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    properties.forEach(body.putArray("properties")::add);
    ArrayNode inputs = body.putArray("inputs");
    ids.stream().limit(BATCH).forEach(id -> inputs.addObject().put("id", id));
    JsonNode answer =
        http.send("POST", path("crm/v3/objects/" + type + "/batch/read"), body, credentials).body();
    List<JsonNode> out = new ArrayList<>();
    answer.path("results").forEach(out::add);
    return out;
  }

  /**
   * The ids of the contact's associated records, newest first. HubSpot lists associations by id,
   * not by date, and gives ids in increasing order as records are created, so the highest ids are
   * the latest calls: a customer with years of calls still shows last week's.
   */
  private static List<String> associated(JsonNode contact, String type) {
    List<String> ids = new ArrayList<>();
    contact
        .path("associations")
        .path(type)
        .path("results")
        .forEach(r -> ids.add(r.path("id").asText()));
    return ids.stream()
        .filter(id -> NUMERIC_ID.matcher(id).matches())
        .distinct()
        .sorted(Comparator.comparing((String id) -> new BigInteger(id)).reversed())
        .toList();
  }

  private Customer contact(JsonNode contact) throws CrmCallFailure {
    String id = contact.path("id").asText("");
    if (id.isBlank() || !contact.path("properties").isObject()) {
      throw CrmCallFailure.malformed(api.host() + " sent a contact without id or properties", null);
    }
    JsonNode p = contact.get("properties");
    String name = (text(p, "firstname") + " " + text(p, "lastname")).strip();
    List<String> phones = new ArrayList<>();
    for (String field : List.of("phone", "mobilephone")) {
      if (!text(p, field).isEmpty()) {
        phones.add(text(p, field));
      }
    }
    String email = text(p, "email");
    String company = text(p, "company");
    return new Customer(
        new CustomerId(SOURCE, id),
        name.isEmpty() ? (email.isEmpty() ? "HubSpot contact " + id : email) : name,
        company.isEmpty() ? null : company,
        phones,
        email.isEmpty() ? List.of() : List.of(email),
        List.of(),
        List.of(),
        List.of(),
        recordLink(id));
  }

  /** Built from the configured https app URL; an id that is not a number gets no link. */
  private @Nullable URI recordLink(String id) {
    if (!NUMERIC_ID.matcher(id).matches()) {
      return null;
    }
    return settings.appUrl().resolve("/contacts/" + settings.portalId() + "/record/0-1/" + id);
  }

  /**
   * A call as an interaction. HubSpot stores the outcome as an id; the card shows our code for it
   * (the settings map codes to ids), or none: an agent cannot read a GUID.
   */
  private java.util.Optional<Interaction> interaction(JsonNode p) {
    try {
      Instant at = Instant.parse(text(p, "hs_timestamp"));
      String title = text(p, "hs_call_title");
      String body = text(p, "hs_call_body");
      return java.util.Optional.of(
          new Interaction(
              at,
              null,
              disposition(text(p, "hs_call_disposition")),
              empty(body.isEmpty() ? title : body),
              "phone"));
    } catch (DateTimeParseException notATime) {
      return java.util.Optional.empty();
    }
  }

  private @Nullable String disposition(String outcomeId) {
    if (outcomeId.isEmpty()) {
      return null;
    }
    return settings.dispositionIds().entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(outcomeId))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  private java.util.Optional<OpenItem> openTicket(JsonNode ticket) {
    JsonNode p = ticket.path("properties");
    if (!text(p, "closed_date").isEmpty()) {
      return java.util.Optional.empty();
    }
    String id = ticket.path("id").asText("");
    String subject = text(p, "subject");
    URI link =
        NUMERIC_ID.matcher(id).matches()
            ? settings.appUrl().resolve("/contacts/" + settings.portalId() + "/record/0-5/" + id)
            : null;
    return java.util.Optional.of(
        new OpenItem(
            id,
            OpenItemKind.TICKET,
            subject.isEmpty() ? "#" + id : subject,
            empty(text(p, "hs_pipeline_stage")),
            link));
  }

  private HttpUrl path(String segments) {
    return api.newBuilder().addPathSegments(segments).build();
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static @Nullable String empty(String value) {
    return value.isEmpty() ? null : value;
  }
}
