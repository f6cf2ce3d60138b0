package org.switchboard.crm.internal.dynamics;

import static org.switchboard.crm.internal.dynamics.OData.FORMATTED;
import static org.switchboard.crm.internal.dynamics.OData.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.switchboard.crm.DynamicsSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Contacts in Dataverse: a $filter on business and mobile phone, the contact's phone-call
 * activities as history and its active cases as open items, and contact creation.
 */
public final class DynamicsContacts implements CustomerDirectory {
  static final String SOURCE = "dynamics";
  private static final String SELECT =
      "fullname,firstname,lastname,telephone1,mobilephone,emailaddress1,_parentcustomerid_value";

  private final CrmHttp http;
  private final Credentials credentials;
  private final DynamicsSettings settings;
  private final HttpUrl api;

  public DynamicsContacts(CrmHttp http, Credentials credentials, DynamicsSettings settings) {
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
    String literal = OData.literal(number.value());
    HttpUrl url =
        api.newBuilder()
            .addPathSegment("contacts")
            .addQueryParameter("$select", SELECT)
            .addQueryParameter(
                "$filter", "telephone1 eq " + literal + " or mobilephone eq " + literal)
            .addQueryParameter("$top", "10")
            .build();
    try {
      JsonNode value = get(url).path("value");
      if (!value.isArray()) {
        throw CrmCallFailure.malformed(api.host() + " sent contacts without a value array", null);
      }
      List<Customer> found = new ArrayList<>();
      for (JsonNode contact : value) {
        found.add(contact(contact));
      }
      return found;
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer details(Customer customer) throws DirectoryException {
    String id;
    try {
      id = OData.guid(customer.id().value());
    } catch (IllegalArgumentException notOurs) {
      return customer;
    }
    try {
      HttpUrl calls =
          api.newBuilder()
              .addPathSegment("phonecalls")
              .addQueryParameter(
                  "$select", "subject,description,directioncode,actualend,createdon,_ownerid_value")
              .addQueryParameter("$filter", "_regardingobjectid_value eq " + id)
              .addQueryParameter("$orderby", "createdon desc")
              .addQueryParameter("$top", "5")
              .build();
      List<Interaction> history = new ArrayList<>();
      for (JsonNode call : get(calls).path("value")) {
        interaction(call).ifPresent(history::add);
      }
      HttpUrl cases =
          api.newBuilder()
              .addPathSegment("incidents")
              .addQueryParameter("$select", "title,ticketnumber,statuscode")
              .addQueryParameter("$filter", "_customerid_value eq " + id + " and statecode eq 0")
              .build();
      List<OpenItem> open = new ArrayList<>();
      for (JsonNode incident : get(cases).path("value")) {
        openCase(incident).ifPresent(open::add);
      }
      return new Customer(
          customer.id(),
          customer.name(),
          customer.company(),
          customer.phoneNumbers(),
          customer.emails(),
          customer.tags(),
          history,
          open,
          customer.recordLink());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    String name = contact.name().strip();
    int space = name.indexOf(' ');
    body.put("firstname", space < 0 ? "" : name.substring(0, space));
    body.put("lastname", space < 0 ? name : name.substring(space + 1).strip());
    body.put("telephone1", contact.phone().value());
    if (contact.email() != null) {
      body.put("emailaddress1", contact.email());
    }
    try {
      JsonResponse created =
          http.send(
              "POST",
              api.newBuilder().addPathSegment("contacts").build(),
              body,
              credentials,
              OData.headers().header("Prefer", "return=representation"));
      if (!created.isSuccessful()) {
        throw CrmCallFailure.rejected(
            api.host() + " did not create the contact (" + created.status() + ")");
      }
      return contact(created.body());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private JsonNode get(HttpUrl url) throws CrmCallFailure {
    JsonResponse answer = http.send("GET", url, null, credentials, OData.headers());
    if (!answer.isSuccessful()) {
      throw CrmCallFailure.rejected(api.host() + " answered " + answer.status());
    }
    return answer.body();
  }

  private Customer contact(JsonNode c) throws CrmCallFailure {
    String id = text(c, "contactid");
    if (id.isEmpty()) {
      throw CrmCallFailure.malformed(api.host() + " sent a contact without contactid", null);
    }
    String name = text(c, "fullname");
    if (name.isEmpty()) {
      name = (text(c, "firstname") + " " + text(c, "lastname")).strip();
    }
    List<String> phones = new ArrayList<>();
    for (String field : List.of("telephone1", "mobilephone")) {
      if (!text(c, field).isEmpty()) {
        phones.add(text(c, field));
      }
    }
    String email = text(c, "emailaddress1");
    String company = text(c, "_parentcustomerid_value" + FORMATTED);
    return new Customer(
        new CustomerId(SOURCE, id),
        name.isEmpty() ? "Dynamics contact" : name,
        company.isEmpty() ? null : company,
        phones,
        email.isEmpty() ? List.of() : List.of(email),
        List.of(),
        List.of(),
        List.of(),
        link("contact", id));
  }

  private Optional<Interaction> interaction(JsonNode call) {
    String when =
        text(call, "actualend").isEmpty() ? text(call, "createdon") : text(call, "actualend");
    try {
      String subject = text(call, "subject");
      String description = text(call, "description");
      String owner = text(call, "_ownerid_value" + FORMATTED);
      return Optional.of(
          new Interaction(
              Instant.parse(when),
              owner.isEmpty() ? null : owner,
              null,
              description.isEmpty() ? (subject.isEmpty() ? null : subject) : description,
              "phone"));
    } catch (DateTimeParseException notATime) {
      return Optional.empty();
    }
  }

  private Optional<OpenItem> openCase(JsonNode incident) {
    String id = text(incident, "incidentid");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String number = text(incident, "ticketnumber");
    String title = text(incident, "title");
    String status = text(incident, "statuscode" + FORMATTED);
    return Optional.of(
        new OpenItem(
            number.isEmpty() ? id : number,
            OpenItemKind.CASE,
            title.isEmpty() ? number : title,
            status.isEmpty() ? null : status,
            link("incident", id)));
  }

  private @Nullable URI link(String entity, String id) {
    try {
      String guid = OData.guid(id);
      return HttpUrl.get(settings.orgUrl())
          .newBuilder()
          .encodedPath("/main.aspx")
          .addQueryParameter("pagetype", "entityrecord")
          .addQueryParameter("etn", entity)
          .addQueryParameter("id", guid)
          .build()
          .uri();
    } catch (IllegalArgumentException notAGuid) {
      return null;
    }
  }
}
