package org.switchboard.app.headless;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as JSON lines, one flushed line per event. Thread-safe: called from the {@code
 * sip-events} thread (port listeners) and from the {@code agent-stdin} thread (errors).
 */
final class EventWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;

  EventWriter(PrintStream out) {
    this.out = out;
  }

  /** A new event object with {@code "event": name} as its first field. */
  static ObjectNode event(String name) {
    ObjectNode node = JSON.createObjectNode();
    node.put("event", name);
    return node;
  }

  void write(ObjectNode event) {
    String line;
    try {
      line = JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event could not be serialised", e);
    }
    synchronized (out) {
      out.print(line);
      out.print('\n');
      out.flush();
    }
  }

  /** Writes {@code {"event":"error","message":...,"id":...}}; {@code id} only when given. */
  void error(String message, @Nullable String id) {
    ObjectNode node = event("error");
    node.put("message", message);
    if (id != null) {
      node.put("id", id);
    }
    write(node);
  }
}
