package org.switchboard.queue.service.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.prompts.ExpectedWait;

/**
 * Where each waiting caller stands, for the queue's announcements: position among the queue's
 * waiting callers (priority, then time), and an expected wait from the queue's recent handling
 * times and the agents logged in to it. Kept from the centre's events, on {@code queue-calls}.
 */
final class Standings {
  /** Until a queue has handled a call, its handling time is taken as three minutes. */
  static final Duration DEFAULT_HANDLING = Duration.ofMinutes(3);

  private final Map<String, Interaction> waiting = new HashMap<>();
  private final Map<String, Set<String>> agentsIn = new HashMap<>();
  private final Map<String, Duration> averageHandling = new HashMap<>();

  void onInteraction(Interaction call) {
    if (call.status() == InteractionStatus.WAITING) {
      waiting.put(call.id(), call);
    } else {
      waiting.remove(call.id());
    }
    if (call.status() == InteractionStatus.DONE) {
      learn(call);
    }
  }

  void onAgent(AgentState agent) {
    agentsIn.values().forEach(ids -> ids.remove(agent.id()));
    if (agent.presence().presence() != Presence.OFFLINE) {
      agent
          .queues()
          .forEach(q -> agentsIn.computeIfAbsent(q, k -> new HashSet<>()).add(agent.id()));
    }
  }

  private void learn(Interaction call) {
    for (Leg leg : call.legs()) {
      Instant answered = leg.answered();
      Instant ended = leg.ended();
      if (answered != null && ended != null) {
        Duration handled = Duration.between(answered, ended);
        averageHandling.merge(
            leg.queue(), handled, (old, now) -> old.multipliedBy(4).plus(now).dividedBy(5));
      }
    }
  }

  /** The caller's position in its queue, from 1; 0 when it is not waiting. */
  int position(String interaction) {
    Interaction call = waiting.get(interaction);
    if (call == null) {
      return 0;
    }
    List<Interaction> queue = new ArrayList<>();
    for (Interaction other : waiting.values()) {
      if (other.queue().equals(call.queue())) {
        queue.add(other);
      }
    }
    queue.sort(
        Comparator.comparingInt(Interaction::priority)
            .reversed()
            .thenComparing(i -> i.legs().get(i.legs().size() - 1).enqueued()));
    return queue.indexOf(call) + 1;
  }

  /** The caller's expected wait, or unknown when nobody serves its queue. */
  ExpectedWait expectedWait(String interaction) {
    Interaction call = waiting.get(interaction);
    if (call == null) {
      return ExpectedWait.unknown();
    }
    int agents = agentsIn.getOrDefault(call.queue(), Set.of()).size();
    Duration handling = averageHandling.getOrDefault(call.queue(), DEFAULT_HANDLING);
    return agents == 0
        ? ExpectedWait.unknown()
        : ExpectedWait.estimate(position(interaction), handling, agents);
  }
}
