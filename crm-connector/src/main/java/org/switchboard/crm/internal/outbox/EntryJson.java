package org.switchboard.crm.internal.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/** The on-disk form of an outbox entry: a small JSON object with a format version. */
final class EntryJson {
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private EntryJson() {}

  static byte[] write(StoredEntry entry) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("state", entry.state().name());
    root.put("attempts", entry.attempts());
    putOrNull(
        root, "nextAttempt", entry.nextAttempt() == null ? null : entry.nextAttempt().toString());
    putOrNull(root, "lastError", entry.lastError());
    root.put("loggedAt", entry.loggedAt().toString());
    root.put("version", entry.version());
    CallRecord r = entry.record();
    ObjectNode record = root.putObject("record");
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
    putOrNull(
        record, "recordingLink", r.recordingLink() == null ? null : r.recordingLink().toString());
    record.put("agent", r.agent());
    CustomerId customer = r.customer();
    if (customer != null) {
      record.putObject("customer").put("source", customer.source()).put("id", customer.value());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  /**
   * Reads an entry.
   *
   * @throws IOException when the bytes are not a complete entry of a known format
   */
  static StoredEntry read(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    try {
      if (root == null || root.path("format").asInt() != FORMAT) {
        throw new IOException("unknown outbox entry format");
      }
      JsonNode r = root.get("record");
      List<String> tags = new ArrayList<>();
      r.path("tags").forEach(t -> tags.add(t.asText()));
      JsonNode c = r.get("customer");
      CallRecord record =
          new CallRecord(
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
              optional(r, "recordingLink") == null
                  ? null
                  : URI.create(optional(r, "recordingLink")),
              required(r, "agent"),
              c == null ? null : new CustomerId(required(c, "source"), required(c, "id")));
      String next = optional(root, "nextAttempt");
      return new StoredEntry(
          record,
          JournalEntry.State.valueOf(required(root, "state").toUpperCase(Locale.ROOT)),
          root.path("attempts").asInt(),
          next == null ? null : Instant.parse(next),
          optional(root, "lastError"),
          Instant.parse(required(root, "loggedAt")),
          root.path("version").asLong());
    } catch (RuntimeException wrongShape) {
      throw new IOException(
          "outbox entry has the wrong shape: " + wrongShape.getMessage(), wrongShape);
    }
  }

  private static String required(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("outbox entry lacks '" + field + "'");
    }
    return value.asText();
  }

  private static @Nullable String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void putOrNull(ObjectNode node, String field, @Nullable String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
