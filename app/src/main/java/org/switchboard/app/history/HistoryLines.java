package org.switchboard.app.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;

/**
 * The lines of the history file, one JSON object each: {@code {"type":"call",...}} for an ended
 * call and {@code {"type":"disposition","call":...,"code":...}} for a disposition recorded later.
 * Reading is strict about what it needs and ignores fields it does not know, so a later version's
 * file still loads. Any thread.
 */
final class HistoryLines {
  /** What one line says. */
  sealed interface Line {}

  /** An ended call. */
  record Call(HistoryEntry entry) implements Line {}

  /** A disposition for an earlier call. */
  record Disposition(CallId call, String code) implements Line {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryLines() {}

  static String call(HistoryEntry e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "call");
    n.put("call", e.call().value());
    n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
    n.put("uri", e.remoteUri());
    n.put("name", e.remoteName());
    n.put("number", e.remoteNumber());
    n.put("started", e.started().toString());
    n.put("answered", e.answered() == null ? null : e.answered().toString());
    n.put("ended", e.ended().toString());
    n.put("reason", e.endReason() == null ? null : e.endReason().name());
    n.put("disposition", e.disposition());
    return write(n);
  }

  static String disposition(CallId call, String code) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "disposition");
    n.put("call", call.value());
    n.put("code", code);
    return write(n);
  }

  /**
   * What {@code line} says.
   *
   * @throws IllegalArgumentException saying what is wrong (never quoting the line, which holds
   *     personal data)
   */
  static Line parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON");
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String type = text(n, "type");
    if ("disposition".equals(type)) {
      return new Disposition(new CallId(required(n, "call")), required(n, "code"));
    }
    if (!"call".equals(type)) {
      throw new IllegalArgumentException("unknown type");
    }
    return new Call(
        new HistoryEntry(
            new CallId(required(n, "call")),
            HistoryEntry.Kind.valueOf(required(n, "kind").toUpperCase(Locale.ROOT)),
            required(n, "uri"),
            text(n, "name"),
            text(n, "number"),
            instant(required(n, "started")),
            optionalInstant(text(n, "answered")),
            instant(required(n, "ended")),
            reason(text(n, "reason")),
            text(n, "disposition")));
  }

  private static @Nullable EndReason reason(@Nullable String name) {
    if (name == null) {
      return null;
    }
    try {
      return EndReason.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null; // a reason a later version added
    }
  }

  private static @Nullable Instant optionalInstant(@Nullable String text) {
    return text == null ? null : instant(text);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a time is not an ISO-8601 instant");
    }
  }

  private static String required(JsonNode n, String field) {
    String value = text(n, field);
    if (value == null) {
      throw new IllegalArgumentException("'" + field + "' is missing");
    }
    return value;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode value = n.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' is not text");
    }
    return value.asText();
  }

  private static String write(ObjectNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
