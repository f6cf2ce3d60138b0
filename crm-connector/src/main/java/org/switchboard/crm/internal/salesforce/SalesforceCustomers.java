package org.switchboard.crm.internal.salesforce;

import static org.switchboard.crm.internal.salesforce.SalesforceApi.orNull;
import static org.switchboard.crm.internal.salesforce.SalesforceApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Contacts, Leads and Accounts in Salesforce: one SOSL search by phone (names, numbers, company,
 * email and a record link, so the card shows at once), details from call Tasks and open Cases, name
 * search for transfers, and contact creation.
 */
public final class SalesforceCustomers implements CustomerDirectory {
  private static final int MAX_NAME_MATCHES = 50;

  private final SalesforceApi api;
  private final SalesforceHistory history;

  public SalesforceCustomers(SalesforceApi api) {
    this.api = api;
    this.history = new SalesforceHistory(api);
  }

  @Override
  public String name() {
    return SalesforceApi.SOURCE;
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    try {
      return customers(api.search(Sosl.phoneSearch(number)));
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  /** SOSL needs two characters or more; shorter text finds nobody without asking. */
  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    if (text.strip().length() < 2 || limit < 1) {
      return List.of();
    }
    try {
      return customers(api.search(Sosl.nameSearch(text, Math.min(limit, MAX_NAME_MATCHES))));
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer details(Customer customer) throws DirectoryException {
    if (!customer.id().source().equals(SalesforceApi.SOURCE)) {
      return customer;
    }
    try {
      return history.addTo(customer);
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    if (contact.name().isBlank()) {
      throw new DirectoryException(
          DirectoryException.Kind.REJECTED, "a Salesforce contact needs a name (LastName)");
    }
    try {
      JsonResponse created =
          api.send("POST", api.sobject(SObject.CONTACT.apiName()).build(), contactFields(contact));
      JsonNode answer = api.read(created, "contact creation");
      String id = text(answer, "id");
      if (!answer.path("success").asBoolean(false) || id.isEmpty()) {
        throw CrmCallFailure.malformed(
            api.host() + " answered the contact creation without success and an id", null);
      }
      String email = contact.email();
      return new Customer(
          new CustomerId(SalesforceApi.SOURCE, id),
          contact.name().strip(),
          contact.company(),
          List.of(contact.phone().value()),
          email == null ? List.of() : List.of(email),
          List.of(),
          List.of(),
          List.of(),
          api.recordLink(SObject.CONTACT, id));
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private static ObjectNode contactFields(NewContact contact) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    PersonName name = PersonName.split(contact.name());
    if (!name.first().isEmpty()) {
      fields.put("FirstName", name.first());
    }
    fields.put("LastName", name.last());
    fields.put("Phone", contact.phone().value());
    if (contact.email() != null) {
      fields.put("Email", contact.email());
    }
    if (contact.company() != null) {
      // A Contact has no text field for its company (only a link to an Account, which would need a
      // search the agent did not ask for), so what the agent typed is kept where they can see it.
      fields.put("Description", "Company: " + contact.company());
    }
    return fields;
  }

  private List<Customer> customers(JsonNode records) throws CrmCallFailure {
    List<Customer> found = new ArrayList<>();
    for (JsonNode record : records) {
      customer(record).ifPresent(found::add);
    }
    return found;
  }

  /** A Contact, Lead or Account search record; records of other objects are skipped. */
  private Optional<Customer> customer(JsonNode record) throws CrmCallFailure {
    String id = text(record, "Id");
    String type = text(record.path("attributes"), "type");
    if (id.isEmpty() || type.isEmpty()) {
      throw CrmCallFailure.malformed(
          api.host() + " sent a search record without Id or attributes.type", null);
    }
    Optional<SObject> object = SObject.named(type);
    if (object.isEmpty() || object.get() == SObject.CASE) {
      return Optional.empty();
    }
    List<String> phones = new ArrayList<>();
    for (String field : List.of("Phone", "MobilePhone")) {
      if (!text(record, field).isEmpty()) {
        phones.add(text(record, field));
      }
    }
    String email = text(record, "Email");
    String name = text(record, "Name");
    return Optional.of(
        new Customer(
            new CustomerId(SalesforceApi.SOURCE, id),
            name.isEmpty() ? (email.isEmpty() ? type + " " + id : email) : name,
            company(object.get(), record),
            phones,
            email.isEmpty() ? List.of() : List.of(email),
            List.of(),
            List.of(),
            List.of(),
            api.recordLink(object.get(), id)));
  }

  /** An Account has none: it is the company itself, and its name is already the card's name. */
  private static @Nullable String company(SObject type, JsonNode record) {
    return switch (type) {
      case CONTACT -> orNull(text(record.path("Account"), "Name"));
      case LEAD -> orNull(text(record, "Company"));
      default -> null;
    };
  }
}
