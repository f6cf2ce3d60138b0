package org.switchboard.crm.internal.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.ZendeskSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * End users in Zendesk: search by phone ({@code /api/v2/users/search} with organisations
 * side-loaded for the company), their requested tickets as history and open items, and user
 * creation.
 */
public final class ZendeskUsers implements CustomerDirectory {
  static final String SOURCE = "zendesk";
  private static final Set<String> OPEN = Set.of("new", "open", "pending", "hold");
  private static final int HISTORY = 5;

  private final CrmHttp http;
  private final Credentials credentials;
  private final ZendeskSettings settings;
  private final HttpUrl api;

  public ZendeskUsers(CrmHttp http, Credentials credentials, ZendeskSettings settings) {
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
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("api/v2/users/search")
            .addQueryParameter("query", "phone:" + number.value())
            .addQueryParameter("include", "organizations")
            .build();
    try {
      JsonNode answer = ok(http.get(url, credentials));
      JsonNode users = answer.path("users");
      if (!users.isArray()) {
        throw CrmCallFailure.malformed(api.host() + " sent a user search without users", null);
      }
      Map<String, String> organisations = new HashMap<>();
      answer
          .path("organizations")
          .forEach(o -> organisations.put(o.path("id").asText(), o.path("name").asText("")));
      List<Customer> found = new ArrayList<>();
      for (JsonNode user : users) {
        found.add(user(user, organisations));
      }
      return found;
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer details(Customer customer) throws DirectoryException {
    String id = customer.id().value();
    if (!id.matches("[0-9]+")) {
      return customer;
    }
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("api/v2/users")
            .addPathSegment(id)
            .addPathSegments("tickets/requested")
            .addQueryParameter("sort_by", "updated_at")
            .addQueryParameter("sort_order", "desc")
            .build();
    try {
      List<Interaction> history = new ArrayList<>();
      List<OpenItem> open = new ArrayList<>();
      for (JsonNode ticket : ok(http.get(url, credentials)).path("tickets")) {
        String status = ticket.path("status").asText("");
        String ticketId = ticket.path("id").asText("");
        String subject = ticket.path("subject").asText("");
        if (OPEN.contains(status) && ticketId.matches("[0-9]+")) {
          open.add(
              new OpenItem(
                  ticketId,
                  OpenItemKind.TICKET,
                  subject.isEmpty() ? "#" + ticketId : subject,
                  status,
                  settings.agentUrl().resolve("/agent/tickets/" + ticketId)));
        }
        interaction(ticket).ifPresent(history::add);
      }
      history.sort((a, b) -> b.at().compareTo(a.at()));
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
    ObjectNode user = body.putObject("user");
    user.put("name", contact.name()).put("phone", contact.phone().value()).put("role", "end-user");
    if (contact.email() != null) {
      user.put("email", contact.email());
    }
    try {
      JsonNode created =
          ok(
              http.send(
                  "POST",
                  api.newBuilder().addPathSegments("api/v2/users").build(),
                  body,
                  credentials));
      return user(created.path("user"), Map.of());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private JsonNode ok(JsonResponse answer) throws CrmCallFailure {
    if (!answer.isSuccessful()) {
      throw CrmCallFailure.rejected(api.host() + " answered " + answer.status());
    }
    return answer.body();
  }

  private Customer user(JsonNode user, Map<String, String> organisations) throws CrmCallFailure {
    String id = user.path("id").asText("");
    if (!id.matches("[0-9]+")) {
      throw CrmCallFailure.malformed(api.host() + " sent a user without a numeric id", null);
    }
    String name = user.path("name").asText("");
    String phone = user.hasNonNull("phone") ? user.get("phone").asText() : "";
    String email = user.hasNonNull("email") ? user.get("email").asText() : "";
    String company = organisations.getOrDefault(user.path("organization_id").asText(), "");
    List<String> tags = new ArrayList<>();
    user.path("tags").forEach(t -> tags.add(t.asText()));
    URI link = settings.agentUrl().resolve("/agent/users/" + id);
    return new Customer(
        new CustomerId(SOURCE, id),
        name.isEmpty() ? "Zendesk user " + id : name,
        company.isEmpty() ? null : company,
        phone.isEmpty() ? List.of() : List.of(phone),
        email.isEmpty() ? List.of() : List.of(email),
        tags,
        List.of(),
        List.of(),
        link);
  }

  private static java.util.Optional<Interaction> interaction(JsonNode ticket) {
    try {
      Instant at =
          Instant.parse(ticket.path("updated_at").asText(ticket.path("created_at").asText("")));
      String subject = ticket.path("subject").asText("");
      return java.util.Optional.of(
          new Interaction(
              at,
              null,
              ticket.path("status").asText(null),
              subject.isEmpty() ? null : subject,
              "ticket"));
    } catch (DateTimeParseException notATime) {
      return java.util.Optional.empty();
    }
  }
}
