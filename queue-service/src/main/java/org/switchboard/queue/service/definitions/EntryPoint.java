package org.switchboard.queue.service.definitions;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where customers' calls come in: the numbers or SIP users that reach it, and its IVR.
 *
 * @param id the entry point's id
 * @param numbers the dialled numbers / SIP users (the request URI's user part) that reach it
 * @param languages the languages its callers may choose; the first is the default
 * @param greeting the prompt played once on answer, before the first step
 * @param firstStep the id of the IVR's first step
 * @param steps the IVR's steps by id
 */
public record EntryPoint(
    String id,
    List<String> numbers,
    List<String> languages,
    String greeting,
    String firstStep,
    Map<String, IvrStep> steps) {
  public EntryPoint {
    Objects.requireNonNull(id, "id");
    numbers = List.copyOf(numbers);
    languages = List.copyOf(languages);
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(firstStep, "firstStep");
    steps = Map.copyOf(steps);
    if (numbers.isEmpty() || languages.isEmpty()) {
      throw new IllegalArgumentException("entry point " + id + " needs numbers and languages");
    }
    if (!steps.containsKey(firstStep)) {
      throw new IllegalArgumentException("entry point " + id + " has no step " + firstStep);
    }
  }

  /** The language callers hear until they choose one. */
  public String defaultLanguage() {
    return languages.get(0);
  }
}
