package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Optional fields of a command line, read with an error naming the field when mistyped. */
final class CommandFields {
  private CommandFields() {}

  /** {@code field} as text; empty when absent. */
  static String text(JsonNode command, String field) throws CommandException {
    String value = optional(command, field);
    return value == null ? "" : value;
  }

  /** {@code field} as text; null when absent. */
  static @Nullable String optional(JsonNode command, String field) throws CommandException {
    JsonNode value = command.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new CommandException("\"" + field + "\" must be a string");
    }
    return value.asText();
  }

  /** The {@code tags} array of strings; empty when absent. */
  static List<String> tags(JsonNode command) throws CommandException {
    JsonNode tags = command.get("tags");
    List<String> out = new ArrayList<>();
    if (tags == null || tags.isNull()) {
      return out;
    }
    if (!tags.isArray()) {
      throw new CommandException("\"tags\" must be an array of strings");
    }
    for (JsonNode tag : tags) {
      if (!tag.isTextual()) {
        throw new CommandException("\"tags\" must be an array of strings");
      }
      out.add(tag.asText());
    }
    return out;
  }
}
