package org.switchboard.queue.service.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One map of the file being read into a record. Each getter names the key it reads; {@link
 * #finish()} then reports every key the file gives that no getter asked for, as unknown, with the
 * closest known key. A getter that finds a bad value records the problem and returns the default,
 * so reading goes on and every problem is found in one pass.
 */
final class Section {
  private final ConfigNode.MapNode node;
  private final String path;
  private final Position at;
  private final Problems problems;
  private final Set<String> asked = new LinkedHashSet<>();

  private Section(ConfigNode.MapNode node, String path, Position at, Problems problems) {
    this.node = node;
    this.path = path;
    this.at = at;
    this.problems = problems;
  }

  /**
   * {@code value} as a section; an empty value is an empty section, anything else but a map is a
   * problem (and null).
   *
   * @param at where problems about the section as a whole (a missing key) are reported: the key
   *     that names it, so the line shown is the one with the section's name
   */
  static @Nullable Section of(ConfigNode value, String path, Position at, Problems problems) {
    if (value instanceof ConfigNode.MapNode) {
      return new Section((ConfigNode.MapNode) value, path, at, problems);
    }
    if (value instanceof ConfigNode.Scalar && ((ConfigNode.Scalar) value).isNull()) {
      return new Section(new ConfigNode.MapNode(value.at(), Map.of()), path, at, problems);
    }
    problems.add(
        value.at(),
        (path.isEmpty() ? "the top level" : path)
            + ": must be a map of keys, not "
            + Values.quoted(value));
    return null;
  }

  /** The path of this section, e.g. {@code queues.sales}. */
  String path() {
    return path;
  }

  /** The path of {@code key} in this section, e.g. {@code queues.sales.strategy}. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Where the section is named. */
  Position at() {
    return at;
  }

  Problems problems() {
    return problems;
  }

  /** The value of {@code key}; null when the file leaves it out or leaves it empty. */
  @Nullable ConfigNode get(String key) {
    asked.add(key);
    ConfigNode.Entry entry = node.entries().get(key);
    if (entry == null
        || (entry.value() instanceof ConfigNode.Scalar
            && ((ConfigNode.Scalar) entry.value()).isNull())) {
      return null;
    }
    return entry.value();
  }

  /** Whether the file gives {@code key} a value. */
  boolean has(String key) {
    return get(key) != null;
  }

  /** Where {@code key}'s value stands, or where the section is named when it is left out. */
  Position where(String key) {
    ConfigNode value = get(key);
    return value == null ? at : value.at();
  }

  /** Records a problem with {@code key}'s value. */
  void problem(String key, String reason) {
    problems.add(where(key), pathOf(key) + ": " + reason);
  }

  /** Records a problem with the section as a whole. */
  void problem(String reason) {
    problems.add(at, path + ": " + reason);
  }

  @Nullable String requiredText(String key) {
    ConfigNode value = get(key);
    if (value == null) {
      problem("'" + key + "' is required");
      return null;
    }
    return Values.text(value, pathOf(key), problems);
  }

  String text(String key, String fallback) {
    String value = optionalText(key);
    return value == null ? fallback : value;
  }

  @Nullable String optionalText(String key) {
    ConfigNode value = get(key);
    return value == null ? null : Values.text(value, pathOf(key), problems);
  }

  int integer(String key, int fallback, int min, int max) {
    ConfigNode value = get(key);
    Integer read = value == null ? null : Values.integer(value, pathOf(key), min, max, problems);
    return read == null ? fallback : read;
  }

  boolean bool(String key, boolean fallback) {
    ConfigNode value = get(key);
    Boolean read = value == null ? null : Values.bool(value, pathOf(key), problems);
    return read == null ? fallback : read;
  }

  Duration duration(String key, Duration fallback, Duration min, Duration max) {
    ConfigNode value = get(key);
    Duration read = value == null ? null : Values.duration(value, pathOf(key), min, max, problems);
    return read == null ? fallback : read;
  }

  <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    ConfigNode value = get(key);
    E read = value == null ? null : Values.choice(value, pathOf(key), type, problems);
    return read == null ? fallback : read;
  }

  /** The map under {@code key} as a section; an empty one when left out, null when not a map. */
  @Nullable Section section(String key) {
    asked.add(key);
    ConfigNode.Entry entry = node.entries().get(key);
    if (entry == null) {
      return new Section(new ConfigNode.MapNode(at, Map.of()), pathOf(key), at, problems);
    }
    return of(entry.value(), pathOf(key), entry.keyAt(), problems);
  }

  /** The entries of the map under {@code key}, in file order; none when left out or not a map. */
  List<ConfigNode.Entry> entries(String key) {
    ConfigNode value = get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof ConfigNode.MapNode)) {
      problem(key, "must be a map, not " + Values.quoted(value));
      return List.of();
    }
    return List.copyOf(((ConfigNode.MapNode) value).entries().values());
  }

  /** The items of the list under {@code key}; none when left out or not a list. */
  List<ConfigNode> list(String key) {
    ConfigNode value = get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof ConfigNode.ListNode)) {
      problem(key, "must be a list, not " + Values.quoted(value));
      return List.of();
    }
    return ((ConfigNode.ListNode) value).items();
  }

  /** Reports every key given that no getter asked for. Call after reading the section. */
  void finish() {
    for (ConfigNode.Entry entry : node.entries().values()) {
      if (!asked.contains(entry.key())) {
        problems.add(
            entry.keyAt(),
            (path.isEmpty() ? "" : path + ": ")
                + "unknown key '"
                + entry.key()
                + "'"
                + Suggestions.didYouMean(entry.key(), asked));
      }
    }
  }
}
