package org.switchboard.crm.internal.outbox;

import static org.switchboard.crm.internal.files.CallRecordJson.optional;
import static org.switchboard.crm.internal.files.CallRecordJson.putOrNull;
import static org.switchboard.crm.internal.files.CallRecordJson.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.crm.internal.files.CallRecordJson;

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
    Instant next = entry.nextAttempt();
    putOrNull(root, "nextAttempt", next == null ? null : next.toString());
    putOrNull(root, "lastError", entry.lastError());
    root.put("loggedAt", entry.loggedAt().toString());
    root.put("version", entry.version());
    root.set("record", CallRecordJson.write(entry.record()));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  /**
   * Reads an entry.
   *
   * @throws IOException when the bytes are not a complete entry of a known format
   */
  static StoredEntry read(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    if (root == null || root.path("format").asInt() != FORMAT) {
      throw new IOException("unknown outbox entry format");
    }
    try {
      String next = optional(root, "nextAttempt");
      return new StoredEntry(
          CallRecordJson.read(root.get("record")),
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
}
