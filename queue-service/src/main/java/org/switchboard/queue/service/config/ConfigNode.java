package org.switchboard.queue.service.config;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from the YAML file, with the position it stands at, so that problems found long
 * after parsing (a reference to an unknown queue) can still name their line and column. Jackson's
 * own tree ({@code JsonNode}) drops positions, hence this small tree of our own.
 */
sealed interface ConfigNode permits ConfigNode.MapNode, ConfigNode.ListNode, ConfigNode.Scalar {
  /** Where the value starts. */
  Position at();

  /** What the value is, for messages: "a map", "a list", "a number", ... */
  String describe();

  /** A key the file gives, with where the key itself stands. */
  record Entry(String key, Position keyAt, ConfigNode value) {}

  /** A YAML mapping; keys in file order. */
  record MapNode(Position at, Map<String, Entry> entries) implements ConfigNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A YAML sequence. */
  record ListNode(Position at, List<ConfigNode> items) implements ConfigNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A YAML scalar: its text exactly as written (so {@code 0123} and {@code no} stay themselves when
   * a text is wanted) and the type YAML gives it.
   */
  record Scalar(Position at, String text, JsonToken token) implements ConfigNode {
    /**
     * Whether the value is left empty ({@code key:} with nothing after it). Jackson reports that as
     * null inside a document but as an empty text at its very end, so both count.
     */
    boolean isNull() {
      return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && text.isEmpty());
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "empty";
      }
      switch (token) {
        case VALUE_NULL:
          return "empty";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        default:
          return "a text";
      }
    }
  }
}
