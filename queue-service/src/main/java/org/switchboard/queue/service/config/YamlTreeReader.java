package org.switchboard.queue.service.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link ConfigNode} tree with Jackson's YAML parser, keeping each token's
 * position. Syntax errors, a key given twice in one map, aliases ({@code *name}: Jackson would read
 * them as plain text) and more than one document are problems.
 */
final class YamlTreeReader {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private final Problems problems;

  /** An alias was found: the tree would hold its name in its place, so none is returned. */
  private boolean aliasFound;

  YamlTreeReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * The document in {@code text}, or null when it has a syntax error or an alias or is empty. A key
   * given twice is reported but the tree is still returned, so the rest is checked too.
   */
  @Nullable ConfigNode read(String text) {
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(Position.START, "the file is empty");
        return null;
      }
      ConfigNode root = value(parser, first);
      if (parser.nextToken() != null) {
        problems.add(
            Position.of(parser.currentTokenLocation()),
            "only one YAML document per file ('---' starts a second one)");
      }
      return aliasFound ? null : root;
    } catch (JsonProcessingException e) {
      syntaxError(e);
      return null;
    } catch (IOException e) {
      // Reading from a String: only a parser failure gets here.
      problems.add(Position.START, "cannot parse: " + e.getMessage());
      return null;
    }
  }

  private ConfigNode value(JsonParser parser, JsonToken token) throws IOException {
    Position at = Position.of(parser.currentTokenLocation());
    if (token == JsonToken.START_OBJECT) {
      return map(parser, at);
    }
    if (token == JsonToken.START_ARRAY) {
      List<ConfigNode> items = new ArrayList<>();
      for (JsonToken next = parser.nextToken();
          next != JsonToken.END_ARRAY;
          next = parser.nextToken()) {
        items.add(value(parser, present(parser, next)));
      }
      return new ConfigNode.ListNode(at, items);
    }
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      aliasFound = true;
      problems.add(
          at,
          "aliases (*"
              + parser.getText()
              + ") are not supported; write the value out, and quote a value that starts"
              + " with * (\"*\")");
    }
    return new ConfigNode.Scalar(at, parser.getText(), token);
  }

  private ConfigNode map(JsonParser parser, Position at) throws IOException {
    Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
    for (JsonToken next = parser.nextToken();
        next == JsonToken.FIELD_NAME;
        next = parser.nextToken()) {
      String key = parser.currentName();
      Position keyAt = Position.of(parser.currentTokenLocation());
      ConfigNode value = value(parser, present(parser, parser.nextToken()));
      ConfigNode.Entry earlier = entries.get(key);
      if (earlier != null) {
        problems.add(
            keyAt,
            "'"
                + key
                + "' is given twice in one map (first at line "
                + earlier.keyAt().line()
                + ")");
      } else {
        entries.put(key, new ConfigNode.Entry(key, keyAt, value));
      }
    }
    return new ConfigNode.MapNode(at, entries);
  }

  /** {@code token}, or a parse error when the input ended inside a list or map. */
  private static JsonToken present(JsonParser parser, @Nullable JsonToken token)
      throws JsonParseException {
    if (token == null) {
      throw new JsonParseException(parser, "the file ends inside a list or map");
    }
    return token;
  }

  /**
   * SnakeYAML, under Jackson, knows where the problem is (its "problem mark"); Jackson's own
   * location is where the parser stood, often a line earlier.
   */
  private void syntaxError(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException) {
      MarkedYAMLException yaml = (MarkedYAMLException) cause;
      var mark = yaml.getProblemMark();
      Position at =
          mark != null
              ? new Position(mark.getLine() + 1, mark.getColumn() + 1)
              : Position.of(e.getLocation());
      String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
      String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
      problems.add(at, "YAML syntax error: " + context + problem + hint(context + problem));
      return;
    }
    problems.add(
        e.getLocation() == null ? Position.START : Position.of(e.getLocation()),
        "YAML syntax error: " + e.getOriginalMessage());
  }

  private static String hint(String problem) {
    if (problem.contains("alias") || problem.contains("anchor")) {
      return " (quote keys and values that start with * or &, e.g. \"*\")";
    }
    if (problem.contains("\\t")) {
      return " (indent with spaces, not tabs)";
    }
    return "";
  }
}
