package org.switchboard.crm.internal.local;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;

/**
 * Reads the JSON customer file: {@code {"customers": [{"id", "name", "company", "phones": [],
 * "emails": [], "tags": [], "link", "interactions": [{"at", "agent", "disposition", "notes",
 * "channel"}], "openItems": [{"id", "kind", "title", "status", "link"}]}]}}. Errors name the file
 * and the JSON path ({@code customers[3].name}).
 */
final class JsonCustomers {
  static final String SOURCE = "local";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonCustomers() {}

  static List<Customer> read(Path file, byte[] bytes) throws CustomerFileFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonParseException e) {
      throw new CustomerFileFormatException(
          file
              + ": line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (JsonProcessingException e) {
      throw new CustomerFileFormatException(file + ": " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new CustomerFileFormatException(file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("customers").isArray()) {
      throw new CustomerFileFormatException(
          file + ": expected an object with a \"customers\" array");
    }
    List<Customer> customers = new ArrayList<>();
    JsonNode list = root.get("customers");
    for (int i = 0; i < list.size(); i++) {
      customers.add(customer(new Where(file, "customers[" + i + "]"), list.get(i)));
    }
    return customers;
  }

  private record Where(Path file, String path) {
    Where at(String child) {
      return new Where(file, path + "." + child);
    }

    Where at(String child, int index) {
      return new Where(file, path + "." + child + "[" + index + "]");
    }

    CustomerFileFormatException problem(String what) {
      return new CustomerFileFormatException(file + ": " + path + " " + what);
    }
  }

  private static Customer customer(Where where, JsonNode node) throws CustomerFileFormatException {
    if (!node.isObject()) {
      throw where.problem("must be an object");
    }
    List<Interaction> interactions = new ArrayList<>();
    JsonNode history = node.path("interactions");
    for (int i = 0; i < history.size(); i++) {
      interactions.add(interaction(where.at("interactions", i), history.get(i)));
    }
    List<OpenItem> items = new ArrayList<>();
    JsonNode open = node.path("openItems");
    for (int i = 0; i < open.size(); i++) {
      items.add(openItem(where.at("openItems", i), open.get(i)));
    }
    return new Customer(
        new CustomerId(SOURCE, required(where, node, "id")),
        required(where, node, "name"),
        optional(where, node, "company"),
        strings(where, node, "phones"),
        strings(where, node, "emails"),
        strings(where, node, "tags"),
        interactions,
        items,
        httpsLink(where, node));
  }

  private static Interaction interaction(Where where, JsonNode node)
      throws CustomerFileFormatException {
    String at = required(where, node, "at");
    try {
      return new Interaction(
          Instant.parse(at),
          optional(where, node, "agent"),
          optional(where, node, "disposition"),
          optional(where, node, "notes"),
          optional(where, node, "channel"));
    } catch (DateTimeParseException e) {
      throw where.at("at").problem("must be an ISO-8601 instant like 2026-11-23T09:30:00Z");
    }
  }

  private static OpenItem openItem(Where where, JsonNode node) throws CustomerFileFormatException {
    String kind = required(where, node, "kind");
    try {
      return new OpenItem(
          required(where, node, "id"),
          OpenItemKind.valueOf(kind.toUpperCase(Locale.ROOT)),
          required(where, node, "title"),
          optional(where, node, "status"),
          httpsLink(where, node));
    } catch (IllegalArgumentException e) {
      throw where.at("kind").problem("must be ticket, case, order or deal, was '" + kind + "'");
    }
  }

  static @Nullable URI httpsLink(Where where, JsonNode node) throws CustomerFileFormatException {
    String link = optional(where, node, "link");
    if (link == null) {
      return null;
    }
    try {
      URI uri = URI.create(link);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw where.at("link").problem("must be an https link");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw where.at("link").problem("is not a valid link");
    }
  }

  private static String required(Where where, JsonNode node, String field)
      throws CustomerFileFormatException {
    String value = optional(where, node, field);
    if (value == null || value.isBlank()) {
      throw where.at(field).problem("is missing");
    }
    return value;
  }

  private static @Nullable String optional(Where where, JsonNode node, String field)
      throws CustomerFileFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw where.at(field).problem("must be a string");
    }
    return value.asText();
  }

  private static List<String> strings(Where where, JsonNode node, String field)
      throws CustomerFileFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw where.at(field).problem("must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw where.at(field).problem("must be an array of strings");
      }
      out.add(item.asText());
    }
    return out;
  }
}
