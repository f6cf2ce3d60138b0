package org.switchboard.queue.service.routing;

import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Picks among eligible agents by a queue's {@link Strategy}. Agents with the lowest penalty come
 * first whatever the strategy; ties are broken by agent id, so decisions are repeatable.
 */
final class AgentChoice {
  private AgentChoice() {}

  /**
   * The agents to offer the call to: one, or all for {@link Strategy#RING_ALL}.
   *
   * @param eligible at least one agent, all members of {@code queue}
   * @param lastOrder the {@link Membership#order()} of the agent the queue's previous call went to
   *     (for {@link Strategy#ROUND_ROBIN}), or -1
   */
  static List<Agent> pick(
      Strategy strategy,
      String queue,
      List<Agent> eligible,
      int lastOrder,
      RandomGenerator random) {
    int best = eligible.stream().mapToInt(a -> penalty(a, queue)).min().orElseThrow();
    List<Agent> front =
        eligible.stream()
            .filter(a -> penalty(a, queue) == best)
            .sorted(Comparator.comparing(Agent::id))
            .toList();
    switch (strategy) {
      case RING_ALL:
        return front;
      case RANDOM:
        return List.of(front.get(random.nextInt(front.size())));
      case ROUND_ROBIN:
        return List.of(nextInTurn(front, queue, lastOrder));
      default:
        return List.of(front.stream().min(order(strategy, queue)).orElseThrow());
    }
  }

  private static Comparator<Agent> order(Strategy strategy, String queue) {
    Comparator<Agent> byId = Comparator.comparing(Agent::id);
    switch (strategy) {
      case FEWEST_CALLS:
        return Comparator.comparingInt(Agent::callsHandled)
            .thenComparing(Agent::idleSince)
            .thenComparing(byId);
      case LEAST_TALK_TIME:
        return Comparator.comparing(Agent::talkTime)
            .thenComparing(Agent::idleSince)
            .thenComparing(byId);
      case LINEAR:
        return Comparator.comparingInt((Agent a) -> order(a, queue)).thenComparing(byId);
      case LONGEST_IDLE:
      default:
        return Comparator.comparing(Agent::idleSince).thenComparing(byId);
    }
  }

  /** The first agent whose order comes after {@code lastOrder}, wrapping round. */
  private static Agent nextInTurn(List<Agent> agents, String queue, int lastOrder) {
    Comparator<Agent> byOrder =
        Comparator.comparingInt((Agent a) -> order(a, queue)).thenComparing(Agent::id);
    List<Agent> sorted = agents.stream().sorted(byOrder).toList();
    return sorted.stream()
        .filter(a -> order(a, queue) > lastOrder)
        .findFirst()
        .orElse(sorted.get(0));
  }

  static int penalty(Agent agent, String queue) {
    return agent.in(queue).map(Membership::penalty).orElse(Integer.MAX_VALUE);
  }

  static int order(Agent agent, String queue) {
    return agent.in(queue).map(Membership::order).orElse(Integer.MAX_VALUE);
  }
}
