package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of the configuration file, read strictly: unknown keys and values of the wrong
 * type are reported with the dotted path of the setting ({@code account.registrar.port}).
 */
final class ConfigSection {
  private final JsonNode node;
  private final String path;

  private ConfigSection(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The top-level object, which may only contain {@code allowed} keys. */
  static ConfigSection root(JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      throw new ConfigProblem("the configuration must be a JSON object");
    }
    return new ConfigSection(node, "").allowOnly(allowed);
  }

  /** The nested object {@code name}, which must be present and contain only {@code allowed}. */
  ConfigSection section(String name, Set<String> allowed) {
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      throw new ConfigProblem(name(name) + " is missing");
    }
    if (!child.isObject()) {
      throw new ConfigProblem(name(name) + " must be an object");
    }
    return new ConfigSection(child, name(name)).allowOnly(allowed);
  }

  /** Whether {@code name} is present and not null. */
  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** A non-blank string that must be present. */
  String requiredText(String name) {
    String value = optionalText(name);
    if (value == null) {
      throw new ConfigProblem(name(name) + " is missing");
    }
    return value;
  }

  /** A string, or {@code fallback} when absent; present but blank is an error. */
  String text(String name, String fallback) {
    String value = optionalText(name);
    return value == null ? fallback : value;
  }

  /** A string that may be empty, or {@code fallback} when absent. */
  String textAllowingEmpty(String name, String fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new ConfigProblem(name(name) + " must be a string");
    }
    return value.asText();
  }

  /** A non-blank string, or null when absent. */
  @Nullable String optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ConfigProblem(name(name) + " must be a string");
    }
    if (value.asText().isBlank()) {
      throw new ConfigProblem(name(name) + " must not be empty");
    }
    return value.asText();
  }

  /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new ConfigProblem(name(name) + " must be a whole number, " + range(min, max));
    }
    int number = value.intValue();
    if (number < min || number > max) {
      throw new ConfigProblem(name(name) + " must be " + range(min, max) + ", was " + number);
    }
    return number;
  }

  /** A boolean, or {@code fallback} when absent. */
  boolean bool(String name, boolean fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new ConfigProblem(name(name) + " must be true or false");
    }
    return value.booleanValue();
  }

  /** An array of non-blank strings (empty when absent). */
  List<String> textList(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ConfigProblem(name(name) + " must be an array of strings");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new ConfigProblem(name(name) + " must contain only non-empty strings");
      }
      items.add(item.asText().trim());
    }
    return List.copyOf(items);
  }

  /** The nested object {@code name} as JSON (an empty object when absent), checked by its user. */
  ObjectNode object(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!value.isObject()) {
      throw new ConfigProblem(name(name) + " must be an object");
    }
    return ((ObjectNode) value).deepCopy();
  }

  /** The dotted path of {@code key} in this section. */
  String name(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String range(int min, int max) {
    return max == Integer.MAX_VALUE ? "at least " + min : min + "-" + max;
  }

  private ConfigSection allowOnly(Set<String> allowed) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw new ConfigProblem(
            "unknown setting '"
                + name(key)
                + "'"
                + (path.isEmpty() ? "" : " (" + path + " takes " + sorted(allowed) + ")"));
      }
    }
    return this;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }

  /** A configuration error, its message naming the setting. */
  static final class ConfigProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigProblem(String message) {
      super(message);
    }
  }
}
