package org.switchboard.app.provisioning;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.SettingsFieldException;
import org.switchboard.app.settings.SettingsJson;
import org.switchboard.app.settings.SettingsOverlay;
import org.switchboard.app.settings.SettingsRules;

/**
 * Reads and checks a provisioning document, version 1 (docs/provisioning.md). Strict, because an
 * administrator's typo must not pass unnoticed on hundreds of machines: an unknown field anywhere
 * (the settings' fields are those {@link SettingsJson#write} gives the built-in defaults), a value
 * of the wrong type or out of range (the settings screens' own rules, {@link SettingsRules}), a
 * lock on an unknown path or a URL that is not HTTPS is a {@link ProvisioningException} naming the
 * source and the field.
 */
final class ProvisioningReader {
  /** Where a document came from: only the file may name a URL. */
  enum Origin {
    FILE,
    URL
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectNode KNOWN = SettingsJson.write(DesktopSettings.defaults());
  private static final Set<String> TOP_LEVEL = Set.of("version", "url", "settings", "locked");

  private ProvisioningReader() {}

  /** Every path a document may lock: each section ({@code audio}) and each field. */
  static Set<String> lockable() {
    Set<String> paths = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = KNOWN.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isObject()) {
        paths.add(field.getKey());
      }
    }
    paths.addAll(SettingsOverlay.fieldPaths(KNOWN));
    return paths;
  }

  /**
   * The document {@code json} holds.
   *
   * @param source the file's path or the URL, for messages
   * @param beneath the settings this document's defaults go over (for rules that look at two
   *     fields, such as a hotkey used twice)
   * @throws ProvisioningException naming {@code source} and the field at fault
   */
  static ProvisioningDocument read(
      String source, byte[] json, Origin origin, DesktopSettings beneath)
      throws ProvisioningException {
    JsonNode root = parse(source, json);
    if (!root.isObject()) {
      throw new ProvisioningException(source, null, "must be a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL.contains(key)) {
        throw new ProvisioningException(source, key, "unknown field");
      }
    }
    version(source, root.get("version"));
    URI url = url(source, root.get("url"), origin);
    ObjectNode settings = settings(source, root.get("settings"), beneath);
    Set<String> locked = locked(source, root.get("locked"));
    return new ProvisioningDocument(url, settings, locked);
  }

  private static JsonNode parse(String source, byte[] json) throws ProvisioningException {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new ProvisioningException(source, null, "empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ProvisioningException(
          source, null, "not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ProvisioningException(source, null, "not readable: " + e.getMessage());
    }
  }

  private static void version(String source, @Nullable JsonNode node) throws ProvisioningException {
    if (node == null || !node.isIntegralNumber() || node.asLong() != 1) {
      throw new ProvisioningException(source, "version", "must be 1");
    }
  }

  private static @Nullable URI url(String source, @Nullable JsonNode node, Origin origin)
      throws ProvisioningException {
    if (node == null) {
      return null;
    }
    if (origin == Origin.URL) {
      throw new ProvisioningException(
          source, "url", "not allowed here: only the provisioning file names a URL");
    }
    String text = node.isTextual() ? node.asText().strip() : "?";
    if (node.isTextual() && text.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme != null
          && scheme.toLowerCase(Locale.ROOT).equals("https")
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below, as any other address that is not https.
    }
    throw new ProvisioningException(source, "url", "must be an https:// address");
  }

  private static ObjectNode settings(
      String source, @Nullable JsonNode node, DesktopSettings beneath)
      throws ProvisioningException {
    if (node == null) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new ProvisioningException(source, "settings", "must be an object");
    }
    onlyKnown(source, node, KNOWN, "settings.");
    DesktopSettings provisioned;
    try {
      provisioned = SettingsJson.read(SettingsOverlay.over(SettingsJson.write(beneath), node));
    } catch (SettingsFieldException e) {
      throw new ProvisioningException(source, "settings." + e.field(), e.detail());
    }
    for (String path : SettingsOverlay.fieldPaths(node)) {
      Optional<String> problem = SettingsRules.problem(provisioned, path);
      if (problem.isPresent()) {
        throw new ProvisioningException(source, "settings." + path, problem.get());
      }
    }
    return (ObjectNode) node;
  }

  /** Refuses fields {@code known} lacks, nulls, and a value where a section belongs. */
  private static void onlyKnown(String source, JsonNode node, JsonNode known, String prefix)
      throws ProvisioningException {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String path = prefix + field.getKey();
      JsonNode expected = known.get(field.getKey());
      JsonNode value = field.getValue();
      if (expected == null) {
        throw new ProvisioningException(source, path, "unknown field");
      }
      if (value.isNull()) {
        throw new ProvisioningException(source, path, "must not be null; leave it out instead");
      }
      if (expected.isObject()) {
        if (!value.isObject()) {
          throw new ProvisioningException(source, path, "must be an object");
        }
        onlyKnown(source, value, expected, path + ".");
      }
    }
  }

  private static Set<String> locked(String source, @Nullable JsonNode node)
      throws ProvisioningException {
    if (node == null) {
      return Set.of();
    }
    if (!node.isArray()) {
      throw new ProvisioningException(source, "locked", "must be a list of setting paths");
    }
    Set<String> lockable = lockable();
    Set<String> paths = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String field = "locked[" + i + "]";
      if (!item.isTextual()) {
        throw new ProvisioningException(source, field, "must be a string");
      }
      if (!lockable.contains(item.asText())) {
        throw new ProvisioningException(source, field, "unknown setting '" + item.asText() + "'");
      }
      paths.add(item.asText());
    }
    return paths;
  }
}
