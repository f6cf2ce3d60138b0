package org.switchboard.app.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customers' names the desktop keeps in its data directory (the local customer file, the call
 * history, the CRM outbox, wrap-up drafts): the values of name fields in its JSON and JSON-lines
 * files. The bundle hides these names wherever they appear in the logs and settings; the files
 * themselves never go into the bundle. Blocking file I/O.
 */
final class KnownNames {
  private static final Logger LOG = LoggerFactory.getLogger(KnownNames.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NAME_FIELDS =
      Set.of(
          "name",
          "displayname",
          "fullname",
          "firstname",
          "lastname",
          "company",
          "customername",
          "contactname",
          "remotename");
  private static final long LARGEST_FILE = 32L * 1024 * 1024;
  private static final int DEEPEST = 4;

  private KnownNames() {}

  /** The names found under {@code dataDir}, except in {@code skipped} (the logs); never throws. */
  static Set<String> in(Path dataDir, Path skipped) {
    Set<String> names = new TreeSet<>();
    if (!Files.isDirectory(dataDir)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(dataDir, DEEPEST)) {
      files
          .filter(f -> !f.startsWith(skipped) && Files.isRegularFile(f))
          .filter(KnownNames::readable)
          .forEach(f -> read(f, names));
    } catch (IOException | RuntimeException e) {
      LOG.info("diagnostics: could not list {} for customers' names: {}", dataDir, e.toString());
    }
    return names;
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString();
    try {
      return (name.endsWith(".json") || name.endsWith(".jsonl"))
          && Files.size(file) <= LARGEST_FILE;
    } catch (IOException e) {
      return false;
    }
  }

  private static void read(Path file, Set<String> names) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (file.getFileName().toString().endsWith(".jsonl")) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          collect(parse(line), names);
        }
      } else {
        collect(JSON.readTree(in), names);
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("diagnostics: could not read {} for customers' names: {}", file, e.toString());
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return JSON.nullNode(); // a torn line: skip it, keep the rest
    }
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, names));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isTextual()
          && NAME_FIELDS.contains(field.getKey().toLowerCase(java.util.Locale.ROOT))) {
        names.add(value.asText());
      } else if (value.isContainerNode()) {
        collect(value, names);
      }
    }
  }
}
