package org.switchboard.crm.internal.dynamics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import okhttp3.HttpUrl;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.DynamicsSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * Logs calls as Dataverse phone-call activities. Idempotent by upsert: the activity's id is a
 * name-based UUID of our record key, and a PATCH to {@code phonecalls(id)} creates the activity the
 * first time and updates the same one on any retry.
 */
public final class DynamicsPhoneCalls implements CallLogWriter {
  private static final String NAMESPACE = "switchboard:call-record:";

  private final CrmHttp http;
  private final Credentials credentials;
  private final HttpUrl api;

  public DynamicsPhoneCalls(CrmHttp http, Credentials credentials, DynamicsSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.api = HttpUrl.get(settings.apiUrl());
  }

  /** The activity id for a record key: the same key always gives the same id. */
  public static UUID activityId(String key) {
    return UUID.nameUUIDFromBytes((NAMESPACE + key).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return DynamicsContacts.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    HttpUrl url =
        api.newBuilder().addPathSegment("phonecalls(" + activityId(record.key()) + ")").build();
    try {
      JsonResponse answer = http.send("PATCH", url, body(record), credentials, OData.headers());
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(
            api.host() + " did not take the phone call (" + answer.status() + ")");
      }
    } catch (CrmCallFailure failure) {
      throw failure.toCallLogException();
    }
  }

  private static ObjectNode body(CallRecord r) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    boolean outgoing = r.direction() == CallDirection.OUTBOUND;
    p.put("subject", (outgoing ? "Outbound call to " : "Inbound call from ") + r.customerAddress());
    p.put("phonenumber", r.customerAddress());
    p.put("directioncode", outgoing);
    p.put("actualdurationminutes", (int) Math.max(1, Math.round(r.duration().toSeconds() / 60.0)));
    p.put("actualstart", r.start().toString());
    p.put("actualend", r.start().plus(r.duration()).toString());
    p.put("description", description(r));
    CustomerId customer = r.customer();
    if (customer != null && customer.source().equals(DynamicsContacts.SOURCE)) {
      try {
        p.put(
            "regardingobjectid_contact@odata.bind",
            "/contacts(" + OData.guid(customer.value()) + ")");
      } catch (IllegalArgumentException notAGuid) {
        // not a Dataverse contact id: log the call without the link
      }
    }
    return p;
  }

  private static String description(CallRecord r) {
    StringBuilder text = new StringBuilder(r.notes());
    if (r.disposition() != null) {
      text.append("\nDisposition: ").append(r.disposition());
    }
    if (!r.tags().isEmpty()) {
      text.append("\nTags: ").append(String.join(", ", r.tags()));
    }
    if (r.queue() != null) {
      text.append("\nQueue: ").append(r.queue());
    }
    if (r.recordingLink() != null) {
      text.append("\nRecording: ").append(r.recordingLink());
    }
    text.append("\nAgent: ").append(r.agent());
    return text.toString().strip();
  }
}
