package org.switchboard.queue.service.definitions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of an entry point's IVR. A step plays its prompt and then either waits for one digit (a
 * menu: {@code choices} is not empty) or collects several digits into {@code collectInto}.
 *
 * @param id the step's id, named by choices' {@code next}
 * @param prompt the prompt played (a name in the prompt library, per language)
 * @param choices digit to what it does; empty when the step collects digits instead
 * @param collectInto for a collecting step, the attached-data field the digits go into; null for a
 *     menu
 * @param minDigits for a collecting step, the fewest digits accepted
 * @param maxDigits for a collecting step, the most digits taken (collection ends there or at #)
 * @param timeout how long the caller has to press (between digits, when collecting)
 * @param repeatDigit the digit that plays the step again
 * @param maxTries how often the step is played when the caller presses nothing valid, before {@code
 *     fallback} happens
 * @param next for a collecting step, the step after it (null: to the fallback's queue)
 * @param fallback what happens after {@code maxTries} (usually: to a default queue)
 */
public record IvrStep(
    String id,
    String prompt,
    Map<String, IvrChoice> choices,
    @Nullable String collectInto,
    int minDigits,
    int maxDigits,
    Duration timeout,
    String repeatDigit,
    int maxTries,
    @Nullable String next,
    IvrChoice fallback) {
  public IvrStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prompt, "prompt");
    choices = Map.copyOf(choices);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(repeatDigit, "repeatDigit");
    Objects.requireNonNull(fallback, "fallback");
    if (choices.isEmpty() == (collectInto == null)) {
      throw new IllegalArgumentException(
          "IVR step " + id + " must either offer choices or collect digits, not both or neither");
    }
    if (collectInto != null && (minDigits < 1 || maxDigits < minDigits)) {
      throw new IllegalArgumentException("IVR step " + id + " needs 1 <= minDigits <= maxDigits");
    }
    if (maxTries < 1) {
      throw new IllegalArgumentException("IVR step " + id + " needs maxTries of 1 or more");
    }
  }

  /** The ids of the steps this step can lead to. */
  public List<String> leadsTo() {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>();
    choices.values().forEach(c -> addIfSet(ids, c.step()));
    addIfSet(ids, next);
    addIfSet(ids, fallback.step());
    return ids;
  }

  private static void addIfSet(List<String> ids, @Nullable String id) {
    if (id != null) {
      ids.add(id);
    }
  }
}
