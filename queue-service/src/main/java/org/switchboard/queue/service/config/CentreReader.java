package org.switchboard.queue.service.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.Disposition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ReasonCode;

/**
 * Reads the centre's sections of the file ({@code centre}, {@code queues}, {@code agents}, {@code
 * reasonCodes}, {@code dispositions}, {@code entryPoints}) into a {@link CentreDefinition}, then
 * checks what ties them together: every queue named exists, overflows do not go round in a circle,
 * no two agents share an extension and no two entry points share a number.
 */
final class CentreReader {
  static final int DEFAULT_MISSED_OFFERS = 3;
  static final Duration DEFAULT_LOGOUT_GRACE = Duration.ofSeconds(60);
  static final String MISSED_LABEL = "Missed offers";

  private final QueueReferences queueReferences = new QueueReferences();
  private final Map<String, Located> overflows = new LinkedHashMap<>();
  private final List<Located> extensions = new ArrayList<>();
  private final List<Located> numbers = new ArrayList<>();
  private final AgentReader agentReader;

  /**
   * @param env the environment, for agents' {@code sipPasswordEnv}
   */
  CentreReader(java.util.Map<String, String> env) {
    this.agentReader = new AgentReader(queueReferences, env);
  }

  /** Reads one entry of a section keyed by id. */
  @FunctionalInterface
  private interface EntryReader<T> {
    /** The value {@code section} defines for {@code id}, or null when it has problems. */
    @Nullable T read(String id, Section section);
  }

  /** The centre {@code root} defines, or null when it has problems (recorded in {@code root}). */
  @Nullable CentreDefinition read(Section root) {
    int before = root.problems().count();
    Section centre = root.section("centre");
    int missedOffers = DEFAULT_MISSED_OFFERS;
    Duration logoutGrace = DEFAULT_LOGOUT_GRACE;
    if (centre != null) {
      missedOffers = centre.integer("missedOffersBeforeNotReady", DEFAULT_MISSED_OFFERS, 1, 100);
      logoutGrace =
          centre.duration(
              "logoutGrace", DEFAULT_LOGOUT_GRACE, Duration.ofSeconds(5), Duration.ofHours(1));
      centre.finish();
    }
    QueueReader queueReader = new QueueReader(queueReferences, overflows);
    Map<String, QueueDefinition> queues = each(root, "queues", queueReader::read);
    Map<String, AgentDefinition> agents = each(root, "agents", this::agent);
    Map<String, ReasonCode> reasonCodes = each(root, "reasonCodes", CentreReader::reasonCode);
    reasonCodes.putIfAbsent(
        ReasonCode.MISSED, new ReasonCode(ReasonCode.MISSED, MISSED_LABEL, false));
    Map<String, Disposition> dispositions = each(root, "dispositions", this::disposition);
    EntryPointReader entryReader = new EntryPointReader(queueReferences);
    Map<String, EntryPoint> entryPoints =
        each(root, "entryPoints", (id, entry) -> entryReader.read(id, entry, numbers));
    queueReferences.check(definedQueues(root), root.problems());
    OverflowCycles.check(overflows, root.problems());
    unique(extensions, "extension", root.problems());
    unique(numbers, "number", root.problems());
    numbersAreNotExtensions(root.problems());
    if (root.problems().count() != before) {
      return null;
    }
    return new CentreDefinition(
        queues, agents, reasonCodes, dispositions, entryPoints, missedOffers, logoutGrace);
  }

  private @Nullable AgentDefinition agent(String id, Section agent) {
    AgentDefinition read = agentReader.read(id, agent);
    ConfigNode extension = agent.get("extension");
    if (extension instanceof ConfigNode.Scalar) {
      extensions.add(
          new Located(
              ((ConfigNode.Scalar) extension).text().strip(),
              extension.at(),
              agent.pathOf("extension")));
    }
    return read;
  }

  private static @Nullable ReasonCode reasonCode(String code, Section reason) {
    String label = reason.text("label", code);
    boolean productive = reason.bool("productive", false);
    reason.finish();
    return new ReasonCode(code, label, productive);
  }

  private @Nullable Disposition disposition(String code, Section disposition) {
    String label = disposition.text("label", code);
    List<String> queues = new ArrayList<>();
    List<ConfigNode> items = disposition.list("queues");
    for (int i = 0; i < items.size(); i++) {
      String path = disposition.pathOf("queues") + "[" + i + "]";
      String queue = Values.text(items.get(i), path, disposition.problems());
      if (queue != null) {
        queueReferences.add(queue, items.get(i).at(), path);
        queues.add(queue);
      }
    }
    disposition.finish();
    return new Disposition(code, label, queues);
  }

  /** Reads each entry of the map under {@code key} with {@code reader}, keyed by its id. */
  private static <T> Map<String, T> each(Section root, String key, EntryReader<T> reader) {
    Map<String, T> read = new LinkedHashMap<>();
    for (ConfigNode.Entry entry : root.entries(key)) {
      String path = root.pathOf(key) + "." + entry.key();
      Section section = Section.of(entry.value(), path, entry.keyAt(), root.problems());
      T value = section == null ? null : reader.read(entry.key(), section);
      if (value != null) {
        read.put(entry.key(), value);
      }
    }
    return read;
  }

  /** Every queue id the file gives, read or not, so a queue with a problem is not also missing. */
  private static Set<String> definedQueues(Section root) {
    Set<String> ids = new LinkedHashSet<>();
    ConfigNode queues = root.get("queues");
    if (queues instanceof ConfigNode.MapNode) {
      ids.addAll(((ConfigNode.MapNode) queues).entries().keySet());
    }
    return ids;
  }

  private static void unique(List<Located> values, String what, Problems problems) {
    Map<String, Located> first = new HashMap<>();
    for (Located value : values) {
      Located earlier = first.putIfAbsent(value.value(), value);
      if (earlier != null) {
        problems.add(
            value.at(),
            value.path()
                + ": "
                + what
                + " '"
                + value.value()
                + "' is already given at "
                + earlier.path()
                + " (line "
                + earlier.at().line()
                + ")");
      }
    }
  }

  private void numbersAreNotExtensions(Problems problems) {
    Map<String, Located> byExtension = new HashMap<>();
    extensions.forEach(e -> byExtension.putIfAbsent(e.value(), e));
    for (Located number : numbers) {
      Located extension = byExtension.get(number.value());
      if (extension != null) {
        problems.add(
            number.at(),
            number.path()
                + ": '"
                + number.value()
                + "' is also an agent's extension ("
                + extension.path()
                + ", line "
                + extension.at().line()
                + "); a call to it could not tell the two apart");
      }
    }
  }
}
