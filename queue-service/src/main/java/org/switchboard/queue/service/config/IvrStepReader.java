package org.switchboard.queue.service.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;

/**
 * Reads one IVR step: a menu ({@code choices}: digit to choice) or a digit collection ({@code
 * collectInto} with {@code minDigits}/{@code maxDigits}, ended early by {@code #}), each with a
 * fallback for a caller who presses nothing valid {@code maxTries} times.
 */
final class IvrStepReader {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  static final int DEFAULT_MAX_TRIES = 3;
  static final int DEFAULT_MAX_DIGITS = 16;
  static final String DEFAULT_REPEAT_DIGIT = "*";
  private static final int MOST_DIGITS = 32;
  private static final int MOST_TRIES = 10;
  private static final String END_OF_DIGITS = "#";

  private final IvrChoiceReader choices;
  private final StepReferences steps;

  IvrStepReader(IvrChoiceReader choices, StepReferences steps) {
    this.choices = choices;
    this.steps = steps;
  }

  /** The step {@code id} that {@code step} defines, or null when it has problems. */
  @Nullable IvrStep read(String id, Section step) {
    int before = step.problems().count();
    String prompt = step.requiredText("prompt");
    Map<String, Position> digitsAt = new LinkedHashMap<>();
    Map<String, IvrChoice> menu = menu(step, digitsAt);
    boolean menuGiven = step.has("choices");
    String collectInto = step.optionalText("collectInto");
    boolean collects = collectInto != null;
    if (menuGiven == collects) {
      step.problem(
          collects
              ? "give either 'choices' (a menu) or 'collectInto' (collect digits), not both"
              : "needs 'choices' (a menu) or 'collectInto' (collect digits into a field)");
    }
    int minDigits = collectOnly(step, "minDigits", collects, 1);
    int maxDigits = collectOnly(step, "maxDigits", collects, DEFAULT_MAX_DIGITS);
    if (collects && maxDigits < minDigits) {
      step.problem("maxDigits", maxDigits + " is below minDigits " + minDigits);
    }
    Duration timeout =
        step.duration("timeout", DEFAULT_TIMEOUT, Duration.ofSeconds(1), Duration.ofMinutes(1));
    String repeatDigit = repeatDigit(step, digitsAt, collects);
    int maxTries = step.integer("maxTries", DEFAULT_MAX_TRIES, 1, MOST_TRIES);
    String next = next(step, collects);
    IvrChoice fallback = fallback(step);
    step.finish();
    if (step.problems().count() != before || prompt == null || fallback == null) {
      return null;
    }
    return new IvrStep(
        id,
        prompt,
        menu,
        collectInto,
        minDigits,
        maxDigits,
        timeout,
        repeatDigit,
        maxTries,
        next,
        fallback);
  }

  /** Reads the choices; {@code digitsAt} gets where each digit is given. */
  private Map<String, IvrChoice> menu(Section step, Map<String, Position> digitsAt) {
    Map<String, IvrChoice> menu = new LinkedHashMap<>();
    List<ConfigNode.Entry> entries = step.entries("choices");
    if (entries.isEmpty() && step.get("choices") instanceof ConfigNode.MapNode) {
      step.problem("choices", "needs at least one digit");
    }
    for (ConfigNode.Entry entry : entries) {
      String path = step.pathOf("choices") + "." + entry.key();
      digitsAt.put(entry.key(), entry.keyAt());
      if (!Digits.isDigit(entry.key())) {
        step.problems().add(entry.keyAt(), path + ": " + Digits.notADigit(entry.key()));
      }
      Section section = Section.of(entry.value(), path, entry.keyAt(), step.problems());
      IvrChoice choice = section == null ? null : choices.read(section);
      if (choice != null) {
        menu.put(entry.key(), choice);
      }
    }
    return menu;
  }

  /** A digit count, which only a collecting step may give. */
  private static int collectOnly(Section step, String key, boolean collects, int fallback) {
    if (!collects && step.has(key)) {
      step.problem(key, "only a step with 'collectInto' takes " + key);
    }
    return step.integer(key, fallback, 1, MOST_DIGITS);
  }

  private static String repeatDigit(
      Section step, Map<String, Position> digitsAt, boolean collects) {
    String digit = Digits.digit(step, "repeatDigit", DEFAULT_REPEAT_DIGIT);
    Position choice = digitsAt.get(digit);
    if (choice != null) {
      step.problems()
          .add(
              choice,
              step.pathOf("choices")
                  + "."
                  + digit
                  + ": '"
                  + digit
                  + "' is also the repeat digit"
                  + (step.has("repeatDigit") ? "" : " (by default; set repeatDigit to another)"));
    }
    if (collects && digit.equals(END_OF_DIGITS)) {
      step.problem("repeatDigit", "'#' ends digit collection, so it cannot also repeat");
    }
    return digit;
  }

  private @Nullable String next(Section step, boolean collects) {
    String next = step.optionalText("next");
    if (next == null) {
      return null;
    }
    if (!collects) {
      step.problem("next", "only a step with 'collectInto' has 'next'; a menu's choices lead on");
      return null;
    }
    steps.add(next, step.where("next"), step.pathOf("next"));
    return next;
  }

  private @Nullable IvrChoice fallback(Section step) {
    if (!step.has("fallback")) {
      step.problem("'fallback' is required: where a caller goes after maxTries");
      return null;
    }
    Section section = step.section("fallback");
    return section == null ? null : choices.read(section);
  }
}
