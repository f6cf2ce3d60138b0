package org.switchboard.crm.internal.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;

/** A call record as JSON, the same in the outbox and the local journal. */
public final class CallRecordJson {
  private CallRecordJson() {}

  public static ObjectNode write(CallRecord r) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("key", r.key());
    record.put("direction", r.direction().name());
    record.put("from", r.from());
    record.put("to", r.to());
    record.put("start", r.start().toString());
    record.put("durationMillis", r.duration().toMillis());
    putOrNull(record, "queue", r.queue());
    putOrNull(record, "disposition", r.disposition());
    record.put("notes", r.notes());
    ArrayNode tags = record.putArray("tags");
    r.tags().forEach(tags::add);
    URI recording = r.recordingLink();
    putOrNull(record, "recordingLink", recording == null ? null : recording.toString());
    record.put("agent", r.agent());
    CustomerId customer = r.customer();
    if (customer != null) {
      record.putObject("customer").put("source", customer.source()).put("id", customer.value());
    }
    return record;
  }

  /**
   * Reads a record.
   *
   * @throws IOException when a required field is missing or has the wrong shape
   */
  public static CallRecord read(@Nullable JsonNode r) throws IOException {
    if (r == null || !r.isObject()) {
      throw new IOException("a call record must be a JSON object");
    }
    try {
      List<String> tags = new ArrayList<>();
      r.path("tags").forEach(t -> tags.add(t.asText()));
      JsonNode c = r.get("customer");
      String recording = optional(r, "recordingLink");
      return new CallRecord(
          required(r, "key"),
          CallDirection.valueOf(required(r, "direction")),
          required(r, "from"),
          required(r, "to"),
          Instant.parse(required(r, "start")),
          Duration.ofMillis(r.path("durationMillis").asLong()),
          optional(r, "queue"),
          optional(r, "disposition"),
          r.path("notes").asText(""),
          tags,
          recording == null ? null : URI.create(recording),
          required(r, "agent"),
          c == null || c.isNull()
              ? null
              : new CustomerId(required(c, "source"), required(c, "id")));
    } catch (RuntimeException wrongShape) {
      throw new IOException(
          "call record has the wrong shape: " + wrongShape.getMessage(), wrongShape);
    }
  }

  public static String required(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("'" + field + "' is missing");
    }
    return value.asText();
  }

  public static @Nullable String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public static void putOrNull(ObjectNode node, String field, @Nullable String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
