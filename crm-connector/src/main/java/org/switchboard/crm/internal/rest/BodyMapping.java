package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request body described as target JSON pointer → one of our fields ({@code crm.rest.logBody},
 * {@code crm.rest.createBody}). The targets are checked when the connector is built: each must name
 * a property ({@code ""} would be the whole body), and none may lie inside another ({@code /call}
 * and {@code /call/id}), where one field would overwrite the other.
 */
final class BodyMapping {
  private final Map<String, String> targets;

  /**
   * @param setting the setting's name for messages
   * @param targets target pointer → field name
   * @param fields the field names {@code targets} may use
   * @throws IllegalArgumentException naming {@code setting} when a target or field is unusable
   */
  BodyMapping(String setting, Map<String, String> targets, Set<String> fields) {
    // Sorted, so that the same record always gives the same bytes.
    this.targets = new TreeMap<>(targets);
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, String> e : this.targets.entrySet()) {
      String target = e.getKey();
      Pointers.compile(setting, target);
      if (target.isEmpty()) {
        throw new IllegalArgumentException(
            setting + " maps the whole body to '" + e.getValue() + "'; use a pointer like /name");
      }
      if (!fields.contains(e.getValue())) {
        throw new IllegalArgumentException(
            setting + " maps " + target + " to unknown field '" + e.getValue() + "'");
      }
      for (String other : seen) {
        if (target.startsWith(other + "/") || other.startsWith(target + "/")) {
          throw new IllegalArgumentException(
              setting + " maps both " + other + " and " + target + "; one lies inside the other");
        }
      }
      seen.add(target);
    }
  }

  /** Supplies one field's JSON value, or null to leave its target out. */
  interface Values {
    @Nullable JsonNode of(String field);
  }

  /** The body with each target set to its field's value. */
  ObjectNode build(Values values) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> e : targets.entrySet()) {
      JsonNode value = values.of(e.getValue());
      if (value != null) {
        put(root, JsonPointer.compile(e.getKey()), value);
      }
    }
    return root;
  }

  /** Puts {@code value} at {@code path}, creating the objects on the way. */
  private static void put(ObjectNode root, JsonPointer path, JsonNode value) {
    ObjectNode parent = root;
    JsonPointer rest = path;
    while (!rest.tail().matches()) {
      String name = rest.getMatchingProperty();
      JsonNode child = parent.get(name);
      parent = child instanceof ObjectNode object ? object : parent.putObject(name);
      rest = rest.tail();
    }
    parent.set(rest.getMatchingProperty(), value);
  }
}
