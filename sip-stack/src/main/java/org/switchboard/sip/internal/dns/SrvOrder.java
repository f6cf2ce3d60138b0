package org.switchboard.sip.internal.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * Orders SRV records as RFC 2782 says: lowest priority first; within one priority, a weighted
 * random order (weight 0 records are tried last but still tried). Pure apart from the random
 * source, which tests inject.
 */
final class SrvOrder {
  /** One SRV record's ordering fields and target. */
  record Srv(int priority, int weight, String target, int port) {}

  private SrvOrder() {}

  /**
   * {@code records} in the order to try them.
   *
   * @param randomBelow returns a random number in {@code [0, bound)} for a positive bound
   */
  static List<Srv> order(List<Srv> records, IntUnaryOperator randomBelow) {
    Map<Integer, List<Srv>> byPriority = new TreeMap<>();
    for (Srv r : records) {
      byPriority.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(r);
    }
    List<Srv> ordered = new ArrayList<>();
    for (List<Srv> group : byPriority.values()) {
      ordered.addAll(weighted(group, randomBelow));
    }
    return ordered;
  }

  private static List<Srv> weighted(List<Srv> group, IntUnaryOperator randomBelow) {
    List<Srv> left = new ArrayList<>(group);
    // Zero weights first in the list, as RFC 2782 arranges them, so they are chosen only by a 0.
    left.sort(Comparator.comparingInt(Srv::weight));
    List<Srv> ordered = new ArrayList<>();
    while (!left.isEmpty()) {
      int total = left.stream().mapToInt(Srv::weight).sum();
      int pick = total == 0 ? 0 : randomBelow.applyAsInt(total + 1);
      int running = 0;
      int chosen = left.size() - 1;
      for (int i = 0; i < left.size(); i++) {
        running += left.get(i).weight();
        if (running >= pick) {
          chosen = i;
          break;
        }
      }
      ordered.add(left.remove(chosen));
    }
    return ordered;
  }
}
