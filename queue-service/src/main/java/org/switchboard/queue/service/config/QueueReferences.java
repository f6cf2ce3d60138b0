package org.switchboard.queue.service.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places in the file that name a queue (agents' memberships, overflows, IVR choices, dispositions),
 * gathered while reading and checked once every queue is known, since a queue may be named before
 * the {@code queues} section in the file.
 */
final class QueueReferences {
  private record Reference(String queue, Position at, String path) {}

  private final List<Reference> references = new ArrayList<>();

  /** Notes that the setting {@code path}, at {@code at}, names {@code queue}. */
  void add(String queue, Position at, String path) {
    references.add(new Reference(queue, at, path));
  }

  /** Reports every reference to a queue not in {@code defined}. */
  void check(Set<String> defined, Problems problems) {
    for (Reference reference : references) {
      if (!defined.contains(reference.queue())) {
        problems.add(
            reference.at(),
            reference.path()
                + ": no queue '"
                + reference.queue()
                + "' is defined"
                + Suggestions.didYouMean(reference.queue(), defined));
      }
    }
  }
}
