package org.switchboard.queue.service.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.IvrChoice;

/**
 * Reads what a digit (or a step's fallback) does: {@code {language: fa, attach: {product: loans},
 * step: menu}} or {@code {queue: sales}}. The queue and step it names are checked later, once all
 * are known.
 */
final class IvrChoiceReader {
  private final List<String> languages;
  private final QueueReferences queues;
  private final StepReferences steps;

  /**
   * @param languages the entry point's languages, the only ones a choice may switch to
   */
  IvrChoiceReader(List<String> languages, QueueReferences queues, StepReferences steps) {
    this.languages = languages;
    this.queues = queues;
    this.steps = steps;
  }

  /** The choice {@code choice} describes, or null when it has problems. */
  @Nullable IvrChoice read(Section choice) {
    int before = choice.problems().count();
    String language = choice.optionalText("language");
    if (language != null && !languages.contains(language)) {
      choice.problem(
          "language",
          "'"
              + language
              + "' is not one of the entry point's languages ("
              + String.join(", ", languages)
              + ")");
    }
    Map<String, String> attach = attach(choice);
    String step = choice.optionalText("step");
    String queue = choice.optionalText("queue");
    choice.finish();
    if ((step == null) == (queue == null)) {
      choice.problem(
          step == null
              ? "needs 'step' (the next IVR step) or 'queue' (the queue to join)"
              : "give either 'step' or 'queue', not both");
      return null;
    }
    if (step != null) {
      steps.add(step, choice.where("step"), choice.pathOf("step"));
    }
    if (queue != null) {
      queues.add(queue, choice.where("queue"), choice.pathOf("queue"));
    }
    return choice.problems().count() == before
        ? new IvrChoice(language, attach, step, queue)
        : null;
  }

  private static Map<String, String> attach(Section choice) {
    Map<String, String> attach = new LinkedHashMap<>();
    for (ConfigNode.Entry entry : choice.entries("attach")) {
      String value =
          Values.text(
              entry.value(), choice.pathOf("attach") + "." + entry.key(), choice.problems());
      if (value != null) {
        attach.put(entry.key(), value);
      }
    }
    return attach;
  }
}
