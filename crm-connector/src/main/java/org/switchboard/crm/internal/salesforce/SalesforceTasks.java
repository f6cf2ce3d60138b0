package org.switchboard.crm.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.SalesforceSettings;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Logs calls as completed call Tasks. Idempotent: the Task is upserted on an External ID field
 * holding our record key ({@code PATCH /sobjects/Task/{field}/{key}}), so a retry after a lost
 * answer updates the same Task instead of creating a second.
 *
 * <p>TaskSubtype can be set when a Task is created but never updated, and an upsert that updates a
 * Task with it is refused. So the Task is first read by its key: a new one is written with
 * TaskSubtype {@code Call}, an existing one without it. (The outbox delivers one entry at a time,
 * so nothing creates the same key between the read and the write.)
 */
public final class SalesforceTasks implements CallLogWriter {
  private static final int SUBJECT_MAX = 255;
  private static final int DISPOSITION_MAX = 255;
  private static final int DESCRIPTION_MAX = 32_000;

  private final SalesforceApi api;
  private final SalesforceSettings settings;

  public SalesforceTasks(SalesforceApi api, SalesforceSettings settings) {
    this.api = api;
    this.settings = settings;
  }

  @Override
  public String name() {
    return SalesforceApi.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    HttpUrl task =
        api.sobject("Task")
            .addPathSegment(settings.callKeyField())
            .addPathSegment(record.key())
            .build();
    try {
      boolean exists = exists(task);
      JsonResponse written = api.send("PATCH", task, fields(record, !exists));
      if (written.status() == 404) {
        throw CrmCallFailure.rejected(
            api.host()
                + " has no Task field "
                + settings.callKeyField()
                + " marked External ID (404); check crm.salesforce.callKeyField");
      }
      JsonNode answer = api.read(written, "Task upsert");
      if (answer.has("success") && !answer.path("success").asBoolean()) {
        throw CrmCallFailure.rejected(api.host() + " did not save the call's Task");
      }
    } catch (CrmCallFailure failure) {
      if (failure.status() == 300) {
        throw CrmCallFailure.rejected(
                api.host()
                    + " has several Tasks with this call's key (300); mark "
                    + settings.callKeyField()
                    + " Unique (crm.salesforce.callKeyField)")
            .toCallLogException();
      }
      throw failure.toCallLogException();
    }
  }

  /** Whether a Task with the record's key is there: 200 with the Task, or 404 (none, yet). */
  private boolean exists(HttpUrl task) throws CrmCallFailure {
    JsonResponse found =
        api.send("GET", task.newBuilder().addQueryParameter("fields", "Id").build(), null);
    if (found.status() == 404) {
      return false;
    }
    api.read(found, "Task lookup by " + settings.callKeyField());
    return true;
  }

  ObjectNode fields(CallRecord r, boolean creating) {
    ObjectNode task = JsonNodeFactory.instance.objectNode();
    boolean inbound = r.direction() == CallDirection.INBOUND;
    String subject =
        (inbound ? "Inbound call" : "Outbound call")
            + (r.queue() == null ? "" : " (" + r.queue() + ")");
    task.put("Subject", cut(subject, SUBJECT_MAX));
    if (creating) {
      task.put("TaskSubtype", "Call");
    }
    task.put("CallType", inbound ? "Inbound" : "Outbound");
    task.put("CallDurationInSeconds", r.duration().toSeconds());
    if (r.disposition() != null) {
      task.put("CallDisposition", cut(r.disposition(), DISPOSITION_MAX));
    }
    task.put("Description", cut(description(r), DESCRIPTION_MAX));
    task.put("ActivityDate", LocalDate.ofInstant(r.start(), settings.zone()).toString());
    task.put("Status", "Completed");
    CustomerId customer = r.customer();
    if (customer != null && customer.source().equals(SalesforceApi.SOURCE)) {
      SObject type = SObject.ofId(customer.value()).orElse(null);
      if (type == SObject.CONTACT || type == SObject.LEAD) {
        task.put("WhoId", customer.value());
      } else if (type == SObject.ACCOUNT) {
        // WhoId takes people only; an Account chosen on the card is the Task's "related to".
        task.put("WhatId", customer.value());
      }
    }
    return task;
  }

  private static String description(CallRecord r) {
    StringBuilder text = new StringBuilder(r.notes().strip());
    line(text, "Tags: ", r.tags().isEmpty() ? null : String.join(", ", r.tags()));
    line(text, "Recording: ", r.recordingLink() == null ? null : r.recordingLink().toString());
    line(text, "From: ", r.from() + " To: " + r.to());
    line(text, "Agent: ", r.agent());
    return text.toString();
  }

  private static void line(StringBuilder text, String label, @Nullable String value) {
    if (value != null) {
      text.append(text.length() == 0 ? "" : "\n").append(label).append(value);
    }
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
