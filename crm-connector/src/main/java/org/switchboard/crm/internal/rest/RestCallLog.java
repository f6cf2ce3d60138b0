package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.GenericRestSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;
import org.switchboard.crm.internal.http.LogLabel;

/**
 * Sends call records to an in-house CRM: a JSON body built from {@code crm.rest.logBody}, with
 * {@code Idempotency-Key: <record key>} (and {@code {key}} available in the URL for PUT-style
 * APIs), so a retry never creates a second record. 404 means the URL setting is wrong (parked); 409
 * means the same key is still being handled (retried). Called on the outbox's delivery thread.
 */
public final class RestCallLog implements CallLogWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final CrmHttp http;
  private final Credentials credentials;
  private final UrlTemplate url;
  private final String method;
  private final BodyMapping body;

  /**
   * @throws IllegalArgumentException naming the {@code crm.rest.log*} setting that is unusable
   */
  public RestCallLog(CrmHttp http, Credentials credentials, GenericRestSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.url = UrlTemplate.parse("crm.rest.logUrl", settings.logUrl(), Set.of("key"));
    this.method = settings.logMethod().toUpperCase(Locale.ROOT);
    if (!method.equals("POST") && !method.equals("PUT")) {
      throw new IllegalArgumentException(
          "crm.rest.logMethod must be POST or PUT, was " + settings.logMethod());
    }
    if (settings.logBody().isEmpty()) {
      throw new IllegalArgumentException("crm.rest.logBody must map at least one field");
    }
    this.body =
        new BodyMapping("crm.rest.logBody", settings.logBody(), GenericRestSettings.LOG_FIELDS);
  }

  @Override
  public String name() {
    return RestDirectory.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    HttpUrl target = url.expand(Map.of("key", record.key()));
    if (target == null) {
      throw new CallLogException(
          false, "crm.rest.logUrl: a call key of . or .. cannot fill a path segment", null, null);
    }
    try {
      JsonResponse answer =
          http.send(
              method,
              target,
              body.build(field -> value(record, field)),
              credentials,
              new Request.Builder()
                  .header("Idempotency-Key", record.key())
                  .tag(LogLabel.class, url.logLabel()));
      if (answer.status() == 409) {
        throw new CallLogException(
            true, "crm.rest.logUrl: the same call is still being handled (409)", null, null);
      }
      if (answer.status() == 404) {
        throw CrmCallFailure.rejected(
            "crm.rest.logUrl: " + target.host() + " has no such resource (404); check the setting");
      }
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(
            "crm.rest.logUrl: " + target.host() + " answered " + answer.status());
      }
    } catch (CrmCallFailure failure) {
      throw failure.toCallLogException();
    }
  }

  /** Absent optional values are sent as JSON null, so that a re-log clears them in the CRM. */
  private static JsonNode value(CallRecord r, String field) {
    URI recording = r.recordingLink();
    CustomerId customer = r.customer();
    return switch (field) {
      case "key" -> JSON.textNode(r.key());
      case "direction" -> JSON.textNode(r.direction().name().toLowerCase(Locale.ROOT));
      case "from" -> JSON.textNode(r.from());
      case "to" -> JSON.textNode(r.to());
      case "start" -> JSON.textNode(r.start().toString());
      case "durationSeconds" -> JSON.numberNode(r.duration().toSeconds());
      case "queue" -> text(r.queue());
      case "disposition" -> text(r.disposition());
      case "notes" -> JSON.textNode(r.notes());
      case "tags" -> {
        ArrayNode tags = JSON.arrayNode();
        r.tags().forEach(tags::add);
        yield tags;
      }
      case "recordingLink" -> text(recording == null ? null : recording.toString());
      case "agent" -> JSON.textNode(r.agent());
      default -> text(customer == null ? null : customer.value());
    };
  }

  private static JsonNode text(@Nullable String value) {
    return value == null ? JSON.nullNode() : JSON.textNode(value);
  }
}
