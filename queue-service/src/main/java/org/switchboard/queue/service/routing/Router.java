package org.switchboard.queue.service.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The routing state of one partition (a group of queues) and its decisions. It is the single writer
 * DESIGN §5 asks for: every method holds this object's lock, so taking a waiting call and reserving
 * its agent happen as one step and no agent is ever offered two calls, whatever the number of
 * threads asking. Decisions take microseconds; nothing here blocks or does I/O.
 */
public final class Router {
  private final Clock clock;
  private final RandomGenerator random;
  private final Map<String, QueueRules> queues = new HashMap<>();
  private final Map<String, Agent> agents = new LinkedHashMap<>();
  private final List<WaitingCall> waiting = new ArrayList<>();
  private final Map<String, Integer> lastOrder = new HashMap<>();
  private final Map<String, Offer> offers = new HashMap<>();

  public Router(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /** Adds or replaces a queue's rules. */
  public synchronized void putQueue(QueueRules rules) {
    queues.put(rules.id(), rules);
  }

  /**
   * Adds or replaces an agent (login, presence or figures changed). An agent with an open offer
   * stays unavailable until the offer ends, whatever {@code agent.available()} says.
   */
  public synchronized void putAgent(Agent agent) {
    boolean reserved = offers.values().stream().anyMatch(o -> o.agents().contains(agent.id()));
    agents.put(agent.id(), reserved ? agent.withAvailable(false) : agent);
  }

  /** Removes an agent (logout). An open offer to them is left to expire. */
  public synchronized void removeAgent(String agentId) {
    agents.remove(agentId);
  }

  /** Puts a call in its queue. */
  public synchronized void enqueue(WaitingCall call) {
    if (!queues.containsKey(call.queue())) {
      throw new IllegalArgumentException("no queue " + call.queue());
    }
    waiting.add(call);
  }

  /** Takes a call out of its queue (the caller hung up, or left for a callback). */
  public synchronized boolean abandon(String callId) {
    return waiting.removeIf(c -> c.id().equals(callId));
  }

  /**
   * Routes the next call of {@code queue} that an available agent can serve: highest priority
   * first, then longest waiting. The call leaves the queue and its agents are reserved.
   */
  public synchronized Optional<Offer> route(String queue) {
    QueueRules rules = queues.get(queue);
    if (rules == null) {
      throw new IllegalArgumentException("no queue " + queue);
    }
    Instant now = clock.instant();
    List<WaitingCall> inOrder =
        waiting.stream()
            .filter(c -> c.queue().equals(queue))
            .sorted(
                Comparator.comparingInt(WaitingCall::priority)
                    .reversed()
                    .thenComparing(WaitingCall::enqueued))
            .toList();
    for (WaitingCall call : inOrder) {
      List<Agent> eligible = eligible(rules, call, now);
      if (!eligible.isEmpty()) {
        return Optional.of(reserve(rules, call, eligible));
      }
    }
    return Optional.empty();
  }

  private List<Agent> eligible(QueueRules rules, WaitingCall call, Instant now) {
    int reach = rules.reachablePenalty(Duration.between(call.enqueued(), now));
    return agents.values().stream()
        .filter(Agent::available)
        .filter(a -> a.in(rules.id()).map(m -> m.penalty() <= reach).orElse(false))
        .filter(a -> a.canServe(call))
        .toList();
  }

  private Offer reserve(QueueRules rules, WaitingCall call, List<Agent> eligible) {
    int last = lastOrder.getOrDefault(rules.id(), -1);
    List<Agent> chosen = AgentChoice.pick(rules.strategy(), rules.id(), eligible, last, random);
    waiting.remove(call);
    for (Agent a : chosen) {
      agents.put(a.id(), a.withAvailable(false));
    }
    lastOrder.put(rules.id(), AgentChoice.order(chosen.get(0), rules.id()));
    Offer offer = new Offer(call, chosen.stream().map(Agent::id).toList());
    offers.put(call.id(), offer);
    return offer;
  }

  /**
   * {@code agentId} answered the offer of {@code callId}: the other agents of a ring-all offer are
   * free again; {@code agentId} stays unavailable (talking) until its next {@link #putAgent}.
   */
  public synchronized void answered(String callId, String agentId) {
    Offer offer = offers.remove(callId);
    if (offer == null || !offer.agents().contains(agentId)) {
      throw new IllegalStateException("no offer of call " + callId + " to agent " + agentId);
    }
    offer.agents().stream().filter(a -> !a.equals(agentId)).forEach(this::free);
  }

  /**
   * Nobody answered the offer of {@code callId}: the call goes back to its queue with its original
   * time, so it is at the head again, and the agents are free (the service decides whether they are
   * marked not-responding with {@link #putAgent}).
   */
  public synchronized void missed(String callId) {
    Offer offer = offers.remove(callId);
    if (offer == null) {
      throw new IllegalStateException("no open offer of call " + callId);
    }
    waiting.add(offer.call());
    offer.agents().forEach(this::free);
  }

  /**
   * Offers {@code call} to one named agent (a transfer to that agent), if they are available now:
   * the same compare-and-set as {@link #route}, so the agent cannot be reserved twice. The call
   * must not be waiting in a queue; a missed offer puts it in its queue.
   */
  public synchronized Optional<Offer> offerTo(WaitingCall call, String agentId) {
    if (!queues.containsKey(call.queue())) {
      throw new IllegalArgumentException("no queue " + call.queue());
    }
    Agent agent = agents.get(agentId);
    if (agent == null || !agent.available() || offers.containsKey(call.id())) {
      return Optional.empty();
    }
    agents.put(agentId, agent.withAvailable(false));
    Offer offer = new Offer(call, List.of(agentId));
    offers.put(call.id(), offer);
    return Optional.of(offer);
  }

  /**
   * Ends the open offer of {@code callId} without putting the call back in its queue (the caller
   * hung up, or a consult was cancelled): its agents are free again.
   */
  public synchronized Optional<Offer> withdraw(String callId) {
    Offer offer = offers.remove(callId);
    if (offer != null) {
      offer.agents().forEach(this::free);
    }
    return Optional.ofNullable(offer);
  }

  /**
   * {@code agentId} leaves a ring-all offer of {@code callId} (rejected or logged out) and is free;
   * the others keep ringing. When nobody is left the call goes back as in {@link #missed}.
   *
   * @return the offer to the agents still ringing, or empty when the call went back
   */
  public synchronized Optional<Offer> decline(String callId, String agentId) {
    Offer offer = offers.get(callId);
    if (offer == null || !offer.agents().contains(agentId)) {
      throw new IllegalStateException("no offer of call " + callId + " to agent " + agentId);
    }
    List<String> left = offer.agents().stream().filter(a -> !a.equals(agentId)).toList();
    if (left.isEmpty()) {
      missed(callId);
      return Optional.empty();
    }
    Offer rest = new Offer(offer.call(), left);
    offers.put(callId, rest);
    free(agentId);
    return Optional.of(rest);
  }

  private void free(String agentId) {
    Agent agent = agents.get(agentId);
    if (agent != null) {
      agents.put(agentId, agent.withAvailable(true));
    }
  }

  /** The calls waiting in {@code queue} now, in routing order of arrival. */
  public synchronized List<WaitingCall> waiting(String queue) {
    return waiting.stream().filter(c -> c.queue().equals(queue)).toList();
  }

  /** The agents, as routing sees them now. */
  public synchronized Map<String, Agent> agents() {
    return Map.copyOf(agents);
  }
}
