package org.switchboard.app.boot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Iterator;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;

/** The {@code crm.options} object of the agent's configuration, read strictly. */
final class CrmOptions {
  private final JsonNode node;

  CrmOptions(JsonNode node, Set<String> allowed) throws AgentFailure {
    this.node = node;
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw problem("unknown setting 'crm.options." + key + "' (takes " + allowed + ")");
      }
    }
  }

  String text(String key, String fallback) throws AgentFailure {
    String value = optional(key);
    return value == null ? fallback : value;
  }

  String required(String key) throws AgentFailure {
    String value = optional(key);
    if (value == null) {
      throw problem("crm.options." + key + " is missing");
    }
    return value;
  }

  @Nullable String optional(String key) throws AgentFailure {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw problem("crm.options." + key + " must be a non-empty string");
    }
    return value.asText();
  }

  boolean flag(String key, boolean fallback) throws AgentFailure {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw problem("crm.options." + key + " must be true or false");
    }
    return value.asBoolean();
  }

  URI https(String key, @Nullable String fallback) throws AgentFailure {
    String text = fallback == null ? required(key) : text(key, fallback);
    try {
      URI uri = URI.create(text);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw problem("crm.options." + key + " must be an https URL, was '" + text + "'");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw problem("crm.options." + key + " is not a URL: '" + text + "'");
    }
  }

  static AgentFailure problem(String message) {
    return new AgentFailure(ExitCode.USAGE, message);
  }
}
