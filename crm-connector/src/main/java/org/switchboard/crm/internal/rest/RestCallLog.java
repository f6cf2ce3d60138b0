package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
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
 * Sends call records to an in-house CRM: a JSON body built from the configured mapping, with {@code
 * Idempotency-Key: <record key>} (and {@code {key}} available in the URL for PUT-style APIs), so a
 * retry never creates a second record. 404 means the URL setting is wrong (parked); 409 means the
 * same key is still being handled (retried).
 */
public final class RestCallLog implements CallLogWriter {
  private final CrmHttp http;
  private final Credentials credentials;
  private final GenericRestSettings settings;
  private final UrlTemplate url;
  private final String method;

  public RestCallLog(CrmHttp http, Credentials credentials, GenericRestSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.settings = settings;
    this.url = UrlTemplate.parse("crm.rest.logUrl", settings.logUrl(), Set.of("key"));
    this.method = settings.logMethod().toUpperCase(Locale.ROOT);
    if (!method.equals("POST") && !method.equals("PUT")) {
      throw new IllegalArgumentException(
          "crm.rest.logMethod must be POST or PUT, was " + settings.logMethod());
    }
    if (settings.logBody().isEmpty()) {
      throw new IllegalArgumentException("crm.rest.logBody must map at least one field");
    }
    for (Map.Entry<String, String> e : settings.logBody().entrySet()) {
      Pointers.compile("crm.rest.logBody", e.getKey());
      if (!GenericRestSettings.LOG_FIELDS.contains(e.getValue())) {
        throw new IllegalArgumentException(
            "crm.rest.logBody maps " + e.getKey() + " to unknown field '" + e.getValue() + "'");
      }
    }
  }

  @Override
  public String name() {
    return RestDirectory.SOURCE;
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> e : settings.logBody().entrySet()) {
      Pointers.put(body, e.getKey(), value(record, e.getValue()));
    }
    try {
      JsonResponse answer =
          http.send(
              method,
              url.expand(Map.of("key", record.key())),
              body,
              credentials,
              new Request.Builder()
                  .header("Idempotency-Key", record.key())
                  .tag(LogLabel.class, url.logLabel()));
      if (answer.status() == 409) {
        throw new CallLogException(
            true, "crm.rest.logUrl: the same call is still being handled (409)", null, null);
      }
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected("crm.rest.logUrl answered " + answer.status());
      }
    } catch (CrmCallFailure failure) {
      throw failure.toCallLogException();
    }
  }

  private static JsonNode value(CallRecord r, String field) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return switch (field) {
      case "key" -> json.textNode(r.key());
      case "direction" -> json.textNode(r.direction().name().toLowerCase(Locale.ROOT));
      case "from" -> json.textNode(r.from());
      case "to" -> json.textNode(r.to());
      case "start" -> json.textNode(r.start().toString());
      case "durationSeconds" -> json.numberNode(r.duration().toSeconds());
      case "queue" -> r.queue() == null ? json.nullNode() : json.textNode(r.queue());
      case "disposition" ->
          r.disposition() == null ? json.nullNode() : json.textNode(r.disposition());
      case "notes" -> json.textNode(r.notes());
      case "tags" -> {
        ArrayNode tags = json.arrayNode();
        r.tags().forEach(tags::add);
        yield tags;
      }
      case "recordingLink" ->
          r.recordingLink() == null ? json.nullNode() : json.textNode(r.recordingLink().toString());
      case "agent" -> json.textNode(r.agent());
      default -> r.customer() == null ? json.nullNode() : json.textNode(r.customer().value());
    };
  }
}
