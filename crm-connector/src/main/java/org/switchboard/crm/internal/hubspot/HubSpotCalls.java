package org.switchboard.crm.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.HubSpotSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Logs calls as HubSpot call engagements. Idempotent: the call is written with the documented batch
 * upsert keyed on a unique custom property holding our record key, so a retry after a lost answer
 * updates the same call instead of creating a second; the association to the contact is a PUT,
 * which is idempotent too. (Search-then-create would race with a retry still in flight.)
 */
public final class HubSpotCalls implements CallLogWriter {
  static final List<String> READ_PROPERTIES =
      List.of(
          "hs_timestamp",
          "hs_call_title",
          "hs_call_body",
          "hs_call_disposition",
          "hs_call_direction");

  private static final Pattern CATEGORY = Pattern.compile("[A-Z_]{1,64}");

  private final CrmHttp http;
  private final Credentials credentials;
  private final HubSpotSettings settings;
  private final HttpUrl api;

  public HubSpotCalls(CrmHttp http, Credentials credentials, HubSpotSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.settings = settings;
    this.api = HttpUrl.get(settings.apiUrl());
  }

  @Override
  public String name() {
    return HubSpotContacts.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode input = body.putArray("inputs").addObject();
    input.put("idProperty", settings.callKeyProperty()).put("id", record.key());
    input.set("properties", properties(record));
    try {
      String callId =
          callId(
              http.send(
                  "POST",
                  api.newBuilder().addPathSegments("crm/v3/objects/calls/batch/upsert").build(),
                  body,
                  credentials));
      CustomerId customer = record.customer();
      if (customer != null && customer.source().equals(HubSpotContacts.SOURCE)) {
        HttpUrl associate =
            api.newBuilder()
                .addPathSegments("crm/v4/objects/calls")
                .addPathSegment(callId)
                .addPathSegments("associations/default/contacts")
                .addPathSegment(customer.value())
                .build();
        // A 404 here means the contact was deleted since the call: the call is logged, and
        // retrying would not bring the contact back.
        http.send("PUT", associate, null, credentials);
      }
    } catch (CrmCallFailure failure) {
      throw failure.toCallLogException();
    }
  }

  /**
   * The upserted call's id. A batch answers 207 with an {@code errors} array for inputs it refused;
   * their category (e.g. {@code VALIDATION_ERROR}) is named, their message (which may quote our
   * values) is not. A 409 is two writes of the same key racing, which a retry settles as an update.
   */
  private String callId(JsonResponse answer) throws CrmCallFailure {
    if (answer.status() == 409) {
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          api.host() + " reported a conflicting write of the call (409)",
          409,
          null,
          null);
    }
    if (!answer.isSuccessful()) {
      throw CrmCallFailure.rejected(
          api.host() + " refused the call upsert (" + answer.status() + ")");
    }
    String callId = answer.body().path("results").path(0).path("id").asText("");
    if (!callId.isBlank()) {
      return callId;
    }
    JsonNode error = answer.body().path("errors").path(0);
    if (error.isObject()) {
      String category = error.path("category").asText("");
      throw CrmCallFailure.rejected(
          api.host()
              + " refused the call"
              + (CATEGORY.matcher(category).matches() ? " (" + category + ")" : ""));
    }
    throw CrmCallFailure.malformed(
        api.host() + " sent an upsert answer without the call's id", null);
  }

  private ObjectNode properties(CallRecord r) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put(settings.callKeyProperty(), r.key());
    p.put("hs_timestamp", r.start().toString());
    String direction = r.direction() == CallDirection.INBOUND ? "INBOUND" : "OUTBOUND";
    p.put("hs_call_direction", direction);
    p.put(
        "hs_call_title",
        (r.direction() == CallDirection.INBOUND ? "Inbound call" : "Outbound call")
            + (r.queue() == null ? "" : " (" + r.queue() + ")"));
    p.put("hs_call_body", body(r));
    p.put("hs_call_duration", String.valueOf(r.duration().toMillis()));
    p.put("hs_call_from_number", r.from());
    p.put("hs_call_to_number", r.to());
    p.put("hs_call_status", "COMPLETED");
    if (r.recordingLink() != null) {
      p.put("hs_call_recording_url", r.recordingLink().toString());
    }
    String disposition = r.disposition();
    if (disposition != null) {
      String outcome = settings.dispositionIds().get(disposition.toLowerCase(Locale.ROOT));
      if (outcome != null) {
        p.put("hs_call_disposition", outcome);
      }
    }
    return p;
  }

  private static String body(CallRecord r) {
    StringBuilder text = new StringBuilder(r.notes());
    if (r.disposition() != null) {
      text.append(text.length() == 0 ? "" : "\n").append("Disposition: ").append(r.disposition());
    }
    if (!r.tags().isEmpty()) {
      text.append(text.length() == 0 ? "" : "\n")
          .append("Tags: ")
          .append(String.join(", ", r.tags()));
    }
    text.append(text.length() == 0 ? "" : "\n").append("Agent: ").append(r.agent());
    return text.toString();
  }
}
