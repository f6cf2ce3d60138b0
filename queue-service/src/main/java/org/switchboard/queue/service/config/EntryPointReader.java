package org.switchboard.queue.service.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrStep;

/**
 * Reads one entry of the {@code entryPoints} section: the numbers that reach it, its languages,
 * greeting and IVR steps. Steps named but not defined are problems; steps nobody reaches are not.
 */
final class EntryPointReader {
  private final QueueReferences queues;

  EntryPointReader(QueueReferences queues) {
    this.queues = queues;
  }

  /**
   * The entry point {@code id} that {@code entry} defines, or null when it has problems.
   *
   * @param numbers where each number is given, for the check that no two entry points share one
   */
  @Nullable EntryPoint read(String id, Section entry, List<Located> numbers) {
    int before = entry.problems().count();
    if (!entry.has("numbers")) {
      entry.problem("'numbers' is required: the numbers or SIP users that reach it");
    }
    List<String> ownNumbers = texts(entry, "numbers", numbers);
    List<String> languages =
        entry.has("languages") ? texts(entry, "languages", new ArrayList<>()) : List.of("en");
    String greeting = entry.requiredText("greeting");
    String firstStep = entry.requiredText("firstStep");
    StepReferences stepReferences = new StepReferences();
    if (firstStep != null) {
      stepReferences.add(firstStep, entry.where("firstStep"), entry.pathOf("firstStep"));
    }
    Set<String> stepIds = new LinkedHashSet<>();
    Map<String, IvrStep> steps = steps(entry, languages, stepReferences, stepIds);
    entry.finish();
    stepReferences.check(id, stepIds, entry.problems());
    if (entry.problems().count() != before
        || greeting == null
        || firstStep == null
        || languages.isEmpty()) {
      return null;
    }
    return new EntryPoint(id, ownNumbers, languages, greeting, firstStep, steps);
  }

  /**
   * Reads the steps; {@code ids} gets every step id the file defines, read or not, so a step with a
   * problem of its own is not also reported missing where it is named.
   */
  private Map<String, IvrStep> steps(
      Section entry, List<String> languages, StepReferences stepReferences, Set<String> ids) {
    IvrChoiceReader choices = new IvrChoiceReader(languages, queues, stepReferences);
    IvrStepReader reader = new IvrStepReader(choices, stepReferences);
    Map<String, IvrStep> steps = new LinkedHashMap<>();
    for (ConfigNode.Entry item : entry.entries("steps")) {
      ids.add(item.key());
      String path = entry.pathOf("steps") + "." + item.key();
      Section step = Section.of(item.value(), path, item.keyAt(), entry.problems());
      IvrStep read = step == null ? null : reader.read(item.key(), step);
      if (read != null) {
        steps.put(item.key(), read);
      }
    }
    return steps;
  }

  private static List<String> texts(Section entry, String key, List<Located> positions) {
    List<String> texts = new ArrayList<>();
    List<ConfigNode> items = entry.list(key);
    if (items.isEmpty() && entry.get(key) instanceof ConfigNode.ListNode) {
      entry.problem(key, "needs at least one");
    }
    for (int i = 0; i < items.size(); i++) {
      String path = entry.pathOf(key) + "[" + i + "]";
      String text = Values.text(items.get(i), path, entry.problems());
      if (text == null) {
        continue;
      }
      if (texts.contains(text)) {
        entry.problems().add(items.get(i).at(), path + ": '" + text + "' is listed twice");
        continue;
      }
      texts.add(text);
      positions.add(new Located(text, items.get(i).at(), path));
    }
    return texts;
  }
}
