package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reading JSON by RFC 6901 pointers, as the mappings name them. */
public final class Pointers {
  private Pointers() {}

  /**
   * Checks a pointer's syntax.
   *
   * @throws IllegalArgumentException naming {@code setting}
   */
  public static JsonPointer compile(String setting, String pointer) {
    try {
      return JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          setting + " must be a JSON pointer like /name, was '" + pointer + "'");
    }
  }

  /** The text at {@code pointer}, or null when it is missing, null or not a scalar. */
  static @Nullable String text(JsonNode node, @Nullable String pointer) {
    if (pointer == null) {
      return null;
    }
    JsonNode value = node.at(pointer);
    return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
        ? value.asText()
        : null;
  }

  /** The texts at {@code pointer}: an array's scalars, or one scalar. */
  static List<String> texts(JsonNode node, @Nullable String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer == null) {
      return out;
    }
    JsonNode value = node.at(pointer);
    if (value.isArray()) {
      value.forEach(
          v -> {
            if (v.isValueNode() && !v.isNull()) out.add(v.asText());
          });
    } else if (value.isValueNode() && !value.isNull()) {
      out.add(value.asText());
    }
    return out;
  }
}
