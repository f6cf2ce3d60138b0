package org.switchboard.crm.internal.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.ZendeskSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Logs calls as Zendesk tickets with a private voice-style comment. (Zendesk Talk's own call-record
 * API needs a registered Talk Partner Edition app, so a ticket is the record every account can
 * take.) Idempotent twice over: the ticket's {@code external_id} is our record key and is looked up
 * first, and the create carries {@code Idempotency-Key: <key>}, which Zendesk honours for retries
 * of a request whose answer was lost. A ticket already there is updated (subject, tags), never
 * duplicated.
 */
public final class ZendeskCallTickets implements CallLogWriter {
  private final CrmHttp http;
  private final Credentials credentials;
  private final HttpUrl api;

  public ZendeskCallTickets(CrmHttp http, Credentials credentials, ZendeskSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.api = HttpUrl.get(settings.apiUrl());
  }

  @Override
  public String name() {
    return ZendeskUsers.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    try {
      String existing = existingTicket(record.key());
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      ObjectNode ticket = body.putObject("ticket");
      ticket.put("subject", subject(record));
      ArrayNode tags = ticket.putArray("tags");
      tags.add("switchboard-call");
      record.tags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_")));
      if (existing != null) {
        HttpUrl url =
            api.newBuilder().addPathSegments("api/v2/tickets").addPathSegment(existing).build();
        check(http.send("PUT", url, body, credentials));
        return;
      }
      ticket.put("external_id", record.key());
      ticket.putObject("comment").put("body", comment(record)).put("public", false);
      CustomerId customer = record.customer();
      if (customer != null && customer.source().equals(ZendeskUsers.SOURCE)) {
        ticket.put("requester_id", Long.parseLong(customer.value()));
      }
      HttpUrl url = api.newBuilder().addPathSegments("api/v2/tickets").build();
      check(
          http.send(
              "POST",
              url,
              body,
              credentials,
              new Request.Builder().header("Idempotency-Key", record.key())));
    } catch (CrmCallFailure failure) {
      throw failure.toCallLogException();
    } catch (NumberFormatException notAZendeskUser) {
      throw new CallLogException(
          false, "the call's customer is not a Zendesk user id", null, notAZendeskUser);
    }
  }

  private @org.jspecify.annotations.Nullable String existingTicket(String key)
      throws CrmCallFailure {
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("api/v2/tickets")
            .addQueryParameter("external_id", key)
            .build();
    JsonResponse answer = http.get(url, credentials);
    check(answer);
    JsonNode first = answer.body().path("tickets").path(0);
    String id = first.path("id").asText("");
    return id.matches("[0-9]+") ? id : null;
  }

  private void check(JsonResponse answer) throws CrmCallFailure {
    if (!answer.isSuccessful()) {
      throw CrmCallFailure.rejected(api.host() + " answered " + answer.status());
    }
  }

  private static String subject(CallRecord r) {
    return (r.direction() == CallDirection.INBOUND ? "Inbound call from " : "Outbound call to ")
        + r.customerAddress()
        + (r.disposition() == null ? "" : " (" + r.disposition() + ")");
  }

  private static String comment(CallRecord r) {
    StringBuilder text = new StringBuilder();
    if (!r.notes().isBlank()) {
      text.append(r.notes()).append("\n\n");
    }
    text.append("Call ")
        .append(r.direction() == CallDirection.INBOUND ? "from " : "to ")
        .append(r.customerAddress())
        .append(", ")
        .append(r.start())
        .append(", ")
        .append(r.duration().toSeconds())
        .append(" s");
    if (r.queue() != null) {
      text.append("\nQueue: ").append(r.queue());
    }
    if (r.disposition() != null) {
      text.append("\nDisposition: ").append(r.disposition());
    }
    if (!r.tags().isEmpty()) {
      text.append("\nTags: ").append(String.join(", ", r.tags()));
    }
    if (r.recordingLink() != null) {
      text.append("\nRecording: ").append(r.recordingLink());
    }
    text.append("\nAgent: ").append(r.agent());
    return text.toString();
  }
}
