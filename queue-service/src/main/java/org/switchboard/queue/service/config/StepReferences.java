package org.switchboard.queue.service.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places in one entry point that name an IVR step ({@code firstStep}, choices, {@code next}),
 * checked once all of its steps are read. A step nobody reaches is fine; a name with no step is
 * not.
 */
final class StepReferences {
  private record Reference(String step, Position at, String path) {}

  private final List<Reference> references = new ArrayList<>();

  void add(String step, Position at, String path) {
    references.add(new Reference(step, at, path));
  }

  /** Reports every reference to a step not in {@code defined}. */
  void check(String entryPoint, Set<String> defined, Problems problems) {
    for (Reference reference : references) {
      if (!defined.contains(reference.step())) {
        problems.add(
            reference.at(),
            reference.path()
                + ": entry point '"
                + entryPoint
                + "' has no step '"
                + reference.step()
                + "'"
                + Suggestions.didYouMean(reference.step(), defined));
      }
    }
  }
}
