package org.switchboard.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Settings as layers of JSON in the settings file's shape ({@link SettingsJson}): built-in
 * defaults, an administrator's defaults over them, the user's own values over those. A layer holds
 * only the fields it sets; a field's path is its key, prefixed by its section's ({@code port},
 * {@code audio.microphone}). Nothing here changes its arguments.
 */
public final class SettingsOverlay {
  private SettingsOverlay() {}

  /**
   * {@code base} with each field of {@code overlay} put over it, section by section; a null in
   * {@code overlay} leaves {@code base}'s value.
   */
  public static ObjectNode over(JsonNode base, JsonNode overlay) {
    ObjectNode merged = base.isObject() ? ((ObjectNode) base).deepCopy() : emptyObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isNull()) {
        continue; // null in a layer means "not set here", as a missing field does
      }
      JsonNode below = merged.get(field.getKey());
      if (field.getValue().isObject() && below != null && below.isObject()) {
        merged.set(field.getKey(), over(below, field.getValue()));
      } else {
        merged.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return merged;
  }

  /**
   * The fields of {@code full} whose value {@code base} does not have: what a layer over {@code
   * base} must hold to give {@code full}. A section appears only when one of its fields differs.
   */
  public static ObjectNode difference(JsonNode full, JsonNode base) {
    ObjectNode changed = emptyObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = full.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode below = base.get(field.getKey());
      JsonNode value = field.getValue();
      if (value.isObject() && below != null && below.isObject()) {
        ObjectNode inner = difference(value, below);
        if (!inner.isEmpty()) {
          changed.set(field.getKey(), inner);
        }
      } else if (!value.equals(below)) {
        changed.set(field.getKey(), value.deepCopy());
      }
    }
    return changed;
  }

  /** {@code layer} without the fields {@code locks} locks (a locked section goes whole). */
  public static ObjectNode without(JsonNode layer, SettingLocks locks) {
    return without(layer, locks, "");
  }

  /** The path of each field (not section) in {@code layer}, in order. */
  public static Set<String> fieldPaths(JsonNode layer) {
    Set<String> paths = new LinkedHashSet<>();
    collect(layer, "", paths);
    return paths;
  }

  private static ObjectNode without(JsonNode layer, SettingLocks locks, String prefix) {
    ObjectNode kept = emptyObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = layer.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String path = prefix + field.getKey();
      if (locks.isLocked(path)) {
        continue;
      }
      JsonNode value = field.getValue();
      kept.set(
          field.getKey(), value.isObject() ? without(value, locks, path + ".") : value.deepCopy());
    }
    return kept;
  }

  private static void collect(JsonNode node, String prefix, Set<String> paths) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String path = prefix + field.getKey();
      if (field.getValue().isObject()) {
        collect(field.getValue(), path + ".", paths);
      } else {
        paths.add(path);
      }
    }
  }

  private static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
