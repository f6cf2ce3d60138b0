package org.switchboard.queue.service.centre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.routing.Router;
import org.switchboard.queue.service.timing.Timers;

/**
 * The centre's shared state and the bookkeeping every change goes through: versions, routing's view
 * of agents, agents' time segments, history, and events. Used only on the centre's thread.
 */
final class CentreCore {
  private static final Logger log = LoggerFactory.getLogger(CentreCore.class);

  final Clock clock;
  final Router router;
  final RandomGenerator random;
  final Map<String, LiveAgent> agents = new TreeMap<>();
  final Map<String, LiveInteraction> interactions = new LinkedHashMap<>();
  final Map<String, OpenOffer> offers = new LinkedHashMap<>();
  final History history = new History();
  private final Timers timers;
  private final List<CentreListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<String> touched = new LinkedHashSet<>();
  private final Map<String, QueueDefinition> queues = new HashMap<>();
  private CentreDefinition definition;
  private Runnable afterTimer = () -> {};

  CentreCore(CentreDefinition definition, Clock clock, Timers timers, RandomGenerator random) {
    this.clock = clock;
    this.timers = timers;
    this.random = random;
    this.router = new Router(clock, random);
    this.definition = definition;
    define(definition);
  }

  /**
   * Takes a new configuration; queues that went away are remembered for the calls still in them.
   */
  void define(CentreDefinition next) {
    definition = next;
    queues.putAll(next.queues());
    next.queues().values().forEach(q -> router.putQueue(q.rules()));
  }

  CentreDefinition definition() {
    return definition;
  }

  Instant now() {
    return clock.instant();
  }

  /** Runs after every timer task (routing what the task freed). */
  void afterTimer(Runnable task) {
    afterTimer = task;
  }

  void addListener(CentreListener listener) {
    listeners.add(listener);
  }

  void removeListener(CentreListener listener) {
    listeners.remove(listener);
  }

  /** Runs {@code task} after {@code delay} on the centre's thread; a task that throws is logged. */
  Timers.Timer schedule(Duration delay, Runnable task) {
    return timers.schedule(
        delay,
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.error("centre timer task failed; the centre carries on", e);
          }
          afterTimer.run();
        });
  }

  /** A queue's definition: the current one, or the last known for a queue since removed. */
  QueueDefinition queue(String id) {
    return Objects.requireNonNull(queues.get(id), () -> "no queue " + id);
  }

  /** The agent {@code id}, created offline on first use; refused when not defined. */
  LiveAgent agent(String id) {
    LiveAgent agent = agents.get(id);
    if (agent != null) {
      return agent;
    }
    AgentDefinition defined =
        definition.agent(id).orElseThrow(() -> new NotFoundException("no agent " + id));
    LiveAgent created = new LiveAgent(defined, now());
    agents.put(id, created);
    return created;
  }

  /** The interaction {@code id} in flight; refused when unknown or done. */
  LiveInteraction interaction(String id) {
    LiveInteraction interaction = interactions.get(id);
    if (interaction == null) {
      throw new NotFoundException("no interaction " + id + " in flight");
    }
    return interaction;
  }

  String newId() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** Queues whose waiting calls may have an agent now. */
  void touch(String queue) {
    touched.add(queue);
  }

  /** Takes the queues touched since last asked. */
  List<String> takeTouched() {
    List<String> list = List.copyOf(touched);
    touched.clear();
    return list;
  }

  /** After any change to {@code agent}: version, routing's view, time segment, event. */
  void changed(LiveAgent agent) {
    Instant now = now();
    agent.version++;
    if (agent.loggedIn()) {
      agent.queues.forEach(this::touch);
      router.putAgent(agent.forRouter());
    } else {
      router.removeAgent(agent.id());
    }
    AgentSegment open = agent.segment;
    if (open.presence() != agent.presence.presence()
        || open.routing() != agent.routing
        || !open.queues().equals(agent.queues)) {
      if (open.presence() != Presence.OFFLINE) {
        history.segment(
            new AgentSegment(
                agent.id(), open.queues(), open.presence(), open.routing(), open.from(), now),
            now);
      }
      agent.segment =
          new AgentSegment(
              agent.id(), agent.queues, agent.presence.presence(), agent.routing, now, null);
      agent.since = now;
    }
    emit(new CentreEvent.AgentChanged(agent.snapshot()));
  }

  /** After any change to {@code interaction}: event; a finished one moves to history. */
  void changed(LiveInteraction interaction) {
    if (interaction.status != InteractionStatus.DONE && interaction.finished()) {
      interaction.status = InteractionStatus.DONE;
      Timers.Timer wait = interaction.maxWaitTimer;
      if (wait != null) {
        wait.cancel();
      }
      interactions.remove(interaction.id());
      history.done(interaction, now());
    }
    interaction.changed();
    emit(new CentreEvent.InteractionChanged(interaction.snapshot()));
  }

  void emit(CentreEvent event) {
    for (CentreListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        log.error("centre listener {} failed on {}", listener, event.getClass().getSimpleName(), e);
      }
    }
  }
}
