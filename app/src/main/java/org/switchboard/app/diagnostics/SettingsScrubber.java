package org.switchboard.app.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.switchboard.app.logging.SecretMasking;

/**
 * Cleans a settings file for the bundle: the value of every key that looks like a secret ({@code
 * password}, {@code secret}, {@code token}, {@code apiKey}, {@code clientSecret}, {@code
 * authorization}, anything ending in {@code key}) becomes {@value #REMOVED}, and every other text
 * value passes through {@link SecretMasking} and the {@link CustomerDataMasker}. Addresses of
 * endpoints ({@code tokenEndpoint}, {@code authorizationUrl}) stay: IT needs them.
 */
final class SettingsScrubber {
  static final String REMOVED = "[removed]";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "(?i).*(password|passwd|passphrase|secret|token|authorization|credential|cookie).*"
              + "|.*key|pin|pwd");
  private static final Pattern ADDRESS_KEY = Pattern.compile("(?i).*(endpoint|url|uri)");

  private final CustomerDataMasker customers;

  SettingsScrubber(CustomerDataMasker customers) {
    this.customers = customers;
  }

  /** Whether the value of {@code key} is a secret. */
  static boolean isSecretKey(String key) {
    String plain = key.replaceAll("[_.-]", "").toLowerCase(Locale.ROOT);
    return !ADDRESS_KEY.matcher(plain).matches()
        && !plain.endsWith("hotkey")
        && SECRET_KEY.matcher(plain).matches();
  }

  /**
   * The cleaned file, pretty-printed.
   *
   * @throws IOException when {@code json} is not JSON (then use {@link #scrubText})
   */
  String scrubJson(String json) throws IOException {
    JsonNode tree = JSON.readTree(json);
    if (tree == null || tree.isMissingNode()) {
      throw new IOException("empty");
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scrub(tree)) + "\n";
  }

  /** A file that is not JSON, cleaned as text. */
  String scrubText(String text) {
    return customers.mask(SecretMasking.mask(text));
  }

  private JsonNode scrub(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isSecretKey(field.getKey()) && !field.getValue().isNull()) {
          field.setValue(TextNode.valueOf(REMOVED));
        } else {
          field.setValue(scrub(field.getValue()));
        }
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, scrub(array.get(i)));
      }
      return array;
    }
    return node.isTextual() ? TextNode.valueOf(scrubText(node.asText())) : node;
  }
}
