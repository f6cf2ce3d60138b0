package org.switchboard.crm.internal.salesforce;

import static org.switchboard.crm.internal.salesforce.SalesforceApi.orNull;
import static org.switchboard.crm.internal.salesforce.SalesforceApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * A customer's last call Tasks and open Cases, by SOQL. The id is a SOQL string literal, escaped,
 * because a stored customer id is data like any other.
 */
final class SalesforceHistory {
  static final int CALLS = 5;
  static final int CASES = 10;

  private final SalesforceApi api;
  private final ZoneId zone;

  SalesforceHistory(SalesforceApi api) {
    this.api = api;
    this.zone = api.settings().zone();
  }

  Customer addTo(Customer customer) throws CrmCallFailure {
    String id = customer.id().value();
    List<Interaction> calls = new ArrayList<>();
    for (JsonNode task : api.query(callsQuery(id))) {
      interaction(task).ifPresent(calls::add);
    }
    List<OpenItem> cases = new ArrayList<>();
    // Leads have no Cases: asking would cost a request for nothing.
    if (SObject.ofId(id).filter(type -> type == SObject.LEAD).isEmpty()) {
      for (JsonNode openCase : api.query(casesQuery(id))) {
        openCase(openCase).ifPresent(cases::add);
      }
    }
    return new Customer(
        customer.id(),
        customer.name(),
        customer.company(),
        customer.phoneNumbers(),
        customer.emails(),
        customer.tags(),
        calls,
        cases,
        customer.recordLink());
  }

  static String callsQuery(String id) {
    String literal = Soql.literal(id);
    return "SELECT Id, Subject, ActivityDate, CreatedDate, Owner.Name, CallDisposition, Description"
        + " FROM Task WHERE TaskSubtype = 'Call' AND (WhoId = "
        + literal
        + " OR WhatId = "
        + literal
        + ") ORDER BY CreatedDate DESC LIMIT "
        + CALLS;
  }

  static String casesQuery(String id) {
    String literal = Soql.literal(id);
    return "SELECT Id, CaseNumber, Subject, Status FROM Case WHERE IsClosed = false AND (ContactId = "
        + literal
        + " OR AccountId = "
        + literal
        + ") ORDER BY CreatedDate DESC LIMIT "
        + CASES;
  }

  private Optional<Interaction> interaction(JsonNode task) {
    Optional<Instant> at = when(text(task, "ActivityDate"), text(task, "CreatedDate"));
    if (at.isEmpty()) {
      return Optional.empty();
    }
    String notes = text(task, "Description");
    return Optional.of(
        new Interaction(
            at.get(),
            orNull(text(task.path("Owner"), "Name")),
            orNull(text(task, "CallDisposition")),
            orNull(notes.isEmpty() ? text(task, "Subject") : notes),
            "phone"));
  }

  /**
   * When the call was: the moment its Task was created, unless the Task's date (ActivityDate) names
   * another day, as it does for a call logged by hand or wrapped up after midnight; then that day.
   */
  private Optional<Instant> when(String activityDate, String createdDate) {
    Optional<Instant> created = Soql.dateTime(createdDate);
    LocalDate day;
    try {
      day = activityDate.isEmpty() ? null : LocalDate.parse(activityDate);
    } catch (DateTimeParseException notADate) {
      day = null;
    }
    if (day == null) {
      return created;
    }
    if (created.isPresent() && LocalDate.ofInstant(created.get(), zone).equals(day)) {
      return created;
    }
    return Optional.of(day.atStartOfDay(zone).toInstant());
  }

  private Optional<OpenItem> openCase(JsonNode record) {
    String id = text(record, "Id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String subject = text(record, "Subject");
    String number = text(record, "CaseNumber");
    return Optional.of(
        new OpenItem(
            id,
            OpenItemKind.CASE,
            subject.isEmpty() ? "Case " + (number.isEmpty() ? id : number) : subject,
            orNull(text(record, "Status")),
            api.recordLink(SObject.CASE, id)));
  }
}
