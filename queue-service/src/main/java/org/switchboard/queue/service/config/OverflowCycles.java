package org.switchboard.queue.service.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds queues whose overflows lead back to themselves (sales → support → sales): a caller there
 * would be passed round for ever, never reaching a queue that keeps them.
 */
final class OverflowCycles {
  private OverflowCycles() {}

  /**
   * Reports each cycle once, at the overflow setting of the queue in it that the file gives first.
   *
   * @param overflows each queue's {@code overflowQueue}, with where it is given
   */
  static void check(Map<String, Located> overflows, Problems problems) {
    Set<String> reported = new HashSet<>();
    for (String start : overflows.keySet()) {
      List<String> cycle = cycleFrom(start, overflows);
      if (cycle.isEmpty() || !reported.add(cycle.get(0))) {
        continue;
      }
      reported.addAll(cycle);
      Located first = overflows.get(cycle.get(0));
      if (first != null) {
        problems.add(
            first.at(),
            first.path() + ": overflow cycle " + String.join(" → ", cycle) + " → " + cycle.get(0));
      }
    }
  }

  /**
   * The cycle {@code start} is on, beginning at its member given first in the file; empty when
   * following its overflows from {@code start} ends or reaches a cycle {@code start} is not on.
   */
  private static List<String> cycleFrom(String start, Map<String, Located> overflows) {
    Set<String> seen = new LinkedHashSet<>();
    @Nullable String at = start;
    while (at != null && seen.add(at)) {
      Located next = overflows.get(at);
      at = next == null ? null : next.value();
    }
    if (!start.equals(at)) {
      return List.of();
    }
    List<String> cycle = new ArrayList<>(seen);
    String firstInFile = cycle.get(0);
    for (String queue : cycle) {
      Located here = overflows.get(queue);
      Located best = overflows.get(firstInFile);
      if (here != null && best != null && here.at().compareTo(best.at()) < 0) {
        firstInFile = queue;
      }
    }
    int from = cycle.indexOf(firstInFile);
    List<String> rotated = new ArrayList<>(cycle.subList(from, cycle.size()));
    rotated.addAll(cycle.subList(0, from));
    return rotated;
  }
}
