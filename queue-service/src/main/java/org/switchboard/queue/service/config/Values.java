package org.switchboard.queue.service.config;

import com.fasterxml.jackson.core.JsonToken;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one {@link ConfigNode} into a Java value, or records a problem naming {@code path} and
 * returns null. A text may be written as any scalar ({@code extension: 1001} is the text "1001");
 * numbers, booleans and durations must be what they claim.
 */
final class Values {
  private Values() {}

  static @Nullable String text(ConfigNode node, String path, Problems problems) {
    if (node instanceof ConfigNode.Scalar && !((ConfigNode.Scalar) node).isNull()) {
      String text = ((ConfigNode.Scalar) node).text().strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
    problems.add(node.at(), path + ": must be a text, not " + node.describe());
    return null;
  }

  static @Nullable Integer integer(
      ConfigNode node, String path, int min, int max, Problems problems) {
    if (!(node instanceof ConfigNode.Scalar)
        || ((ConfigNode.Scalar) node).token() != JsonToken.VALUE_NUMBER_INT) {
      problems.add(node.at(), path + ": must be a whole number, not " + quoted(node));
      return null;
    }
    String text = ((ConfigNode.Scalar) node).text();
    long value;
    try {
      value = Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      // YAML also reads 0x1F and 0o17 as integers, and Long has limits YAML has not.
      problems.add(node.at(), path + ": must be a whole number in decimal, not '" + text + "'");
      return null;
    }
    if (value < min || value > max) {
      problems.add(node.at(), path + ": " + text + " is out of range " + min + ".." + max);
      return null;
    }
    return (int) value;
  }

  static @Nullable Boolean bool(ConfigNode node, String path, Problems problems) {
    if (node instanceof ConfigNode.Scalar) {
      JsonToken token = ((ConfigNode.Scalar) node).token();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
    }
    problems.add(node.at(), path + ": must be true or false, not " + quoted(node));
    return null;
  }

  static @Nullable Duration duration(
      ConfigNode node, String path, Duration min, Duration max, Problems problems) {
    Duration value =
        node instanceof ConfigNode.Scalar && !((ConfigNode.Scalar) node).isNull()
            ? DurationText.parse(((ConfigNode.Scalar) node).text())
            : null;
    if (value == null) {
      problems.add(
          node.at(),
          path
              + ": must be a duration such as 20s, 2m, 1h30m or PT20S, not "
              + quoted(node)
              + (isBareNumber(node) ? " (add a unit)" : ""));
      return null;
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      problems.add(
          node.at(),
          path
              + ": "
              + DurationText.format(value)
              + " is out of range "
              + DurationText.format(min)
              + ".."
              + DurationText.format(max));
      return null;
    }
    return value;
  }

  static <E extends Enum<E>> @Nullable E choice(
      ConfigNode node, String path, Class<E> type, Problems problems) {
    String text = node instanceof ConfigNode.Scalar ? ((ConfigNode.Scalar) node).text() : "";
    Optional<E> value = EnumText.parse(type, text.strip());
    if (value.isEmpty()) {
      problems.add(
          node.at(),
          path
              + ": "
              + quoted(node)
              + " is not one of "
              + String.join(", ", EnumText.names(type))
              + Suggestions.didYouMean(text.strip(), EnumText.names(type)));
      return null;
    }
    return value.get();
  }

  /** The value as a message shows it: 'text' for scalars, its kind otherwise. */
  static String quoted(ConfigNode node) {
    if (node instanceof ConfigNode.Scalar && !((ConfigNode.Scalar) node).isNull()) {
      return "'" + ((ConfigNode.Scalar) node).text() + "'";
    }
    return node.describe();
  }

  private static boolean isBareNumber(ConfigNode node) {
    return node instanceof ConfigNode.Scalar
        && ((ConfigNode.Scalar) node).token() == JsonToken.VALUE_NUMBER_INT;
  }
}
