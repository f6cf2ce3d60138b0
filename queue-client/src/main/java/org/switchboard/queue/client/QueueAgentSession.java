package org.switchboard.queue.client;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSessionException;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;

/**
 * Core's {@link AgentSession} for one agent of a queue service: the state comes from an {@link
 * EventConnection} (mapped by {@link AgentSnapshots}), changes go through a {@link QueueClient}.
 * The service owns routing and applies a presence chosen during a call after it and its wrap-up.
 *
 * <p>Linked to the softphone's calls (the constructor with a {@link CallControl}), the session
 * reads the interaction header of each incoming INVITE ({@link
 * org.switchboard.core.agent.StandaloneAgentSession#INTERACTION_HEADER}): the offer then names the
 * ringing SIP call that carries it, and the pending wrap-up names that call, as they do in
 * standalone mode; {@link #finishWrapUp} maps the call back to the interaction for the service.
 * Unlinked, the offer has no call and the wrap-up names the interaction id.
 *
 * <p>Threads: listeners are called, and futures completed, on this session's {@code agent-events}
 * thread, in order; REST calls run on its {@code queue-commands} thread.
 */
public final class QueueAgentSession implements AgentSession, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(QueueAgentSession.class);

  private final String agent;
  private final QueueClient client;
  private final Clock clock;
  private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService events = daemon("agent-events");
  private final ExecutorService commands = daemon("queue-commands");
  private final Subscription subscription;
  private final Subscription callSubscription;
  // Touched on the agent-events thread only.
  private final CallLinks links = new CallLinks();
  private final List<HostedConsults.Listener> consultListeners = new CopyOnWriteArrayList<>();
  private volatile QueueState queueState;
  private volatile AgentSnapshot state;
  // Touched on the agent-events thread only.
  private Map<CallId, HostedConsults.State> consults = Map.of();

  /**
   * A session that does not follow SIP calls: offers have no call, wrap-ups name the interaction.
   *
   * @param agent the agent's id (the signed-in user)
   * @param client signed in as {@code agent}
   * @param connection the event connection, started or not
   * @param clock the time shown before the service's first snapshot
   */
  public QueueAgentSession(
      String agent, QueueClient client, EventConnection connection, Clock clock) {
    this(agent, client, connection, null, clock);
  }

  /**
   * A session that links offers and wrap-ups to the SIP calls of {@code calls} (see the class
   * comment).
   *
   * @param agent the agent's id (the signed-in user)
   * @param client signed in as {@code agent}
   * @param connection the event connection, started or not
   * @param calls the softphone whose incoming calls carry the offers; null not to follow calls
   * @param clock the time shown before the service's first snapshot
   */
  public QueueAgentSession(
      String agent,
      QueueClient client,
      EventConnection connection,
      @Nullable CallControl calls,
      Clock clock) {
    this.agent = Objects.requireNonNull(agent, "agent");
    this.client = Objects.requireNonNull(client, "client");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.queueState = connection.state();
    this.state = AgentSnapshots.of(agent, queueState, clock.instant());
    this.subscription = connection.addListener((next, cause) -> stateChanged(next));
    this.callSubscription = calls == null ? () -> {} : calls.addCallListener(this::onCallEvent);
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  public AgentSnapshot snapshot() {
    return state;
  }

  @Override
  public CompletableFuture<Void> changePresence(Presence presence) {
    Objects.requireNonNull(presence, "presence");
    // No expected version: the agent's own choice wins over whatever changed meanwhile.
    return command(() -> client.changePresence(agent, AgentSnapshots.wire(presence), null));
  }

  @Override
  public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
    Objects.requireNonNull(wrapUp, "wrapUp");
    PendingWrapUp pending = state.wrapUp();
    String interaction = wrapUpInteraction(queueState);
    if (pending == null || interaction == null || !pending.call().equals(wrapUp.call())) {
      return failed(new AgentSessionException("no wrap-up is pending for this call"));
    }
    WrapUpBody body = new WrapUpBody(wrapUp.disposition(), wrapUp.notes(), wrapUp.tags());
    return command(() -> client.wrapUp(interaction, body));
  }

  /** The interaction the agent is wrapping up in {@code s}, or null. */
  private @Nullable String wrapUpInteraction(QueueState s) {
    return s.agent(agent)
        .filter(a -> a.routing() == WireRoutingState.WRAP_UP)
        .map(AgentView::interaction)
        .orElse(null);
  }

  /** Always fails: the queue service cannot extend a wrap-up yet. */
  @Override
  public CompletableFuture<Void> extendWrapUp() {
    return failed(
        new AgentSessionException("extending a wrap-up is not supported by the queue service yet"));
  }

  @Override
  public Subscription addListener(AgentListener listener) {
    listeners.add(listener);
    events.execute(() -> listener.onChange(state));
    return () -> listeners.remove(listener);
  }

  /**
   * Stops following the connection and the calls and ends the session's threads (not the
   * connection).
   */
  @Override
  public void close() {
    subscription.close();
    callSubscription.close();
    commands.shutdown();
    events.shutdown();
  }

  /** Takes a new state of the service; any thread (the connection calls it on its own). */
  void stateChanged(QueueState next) {
    execute(
        () -> {
          queueState = next;
          update();
        });
  }

  /** The interaction of the queue service that {@code call} carries, if it is one. Any thread. */
  public Optional<String> interactionOf(CallId call) {
    return Optional.ofNullable(links.interaction(call));
  }

  /** The service's state as this session last saw it. Any thread. */
  public QueueState queueState() {
    return queueState;
  }

  /** This session's agent id. */
  public String agent() {
    return agent;
  }

  /**
   * Hands {@code interaction}'s customer on through the queue service, blind: the service moves the
   * interaction with its data and notes and then hangs up this agent's leg.
   *
   * @param target {@code queue:<id>}, {@code agent:<id>}, or an outside number or SIP URI
   */
  public CompletableFuture<Void> transfer(String interaction, String target) {
    Requests.Transfer request = QueueTransferTargets.request(target);
    return command(
        () -> {
          client.transfer(interaction, request);
        });
  }

  /**
   * Opens a consult transfer of {@code interaction} with {@code target} at the service: the
   * customer hears music while this agent talks to the target on the same call.
   *
   * @param target {@code queue:<id>}, {@code agent:<id>}, or an outside number or SIP URI
   */
  public CompletableFuture<Void> consult(String interaction, String target) {
    Requests.Transfer request = QueueTransferTargets.request(target, "consult");
    return command(
        () -> {
          client.transfer(interaction, request);
        });
  }

  /** Hands {@code interaction}'s customer to the consulted target, who answered. */
  public CompletableFuture<Void> completeConsult(String interaction) {
    return command(
        () -> {
          client.completeTransfer(interaction);
        });
  }

  /** Lets the consulted target go and brings {@code interaction}'s customer back. */
  public CompletableFuture<Void> cancelConsult(String interaction) {
    return command(
        () -> {
          client.cancelTransfer(interaction);
        });
  }

  /**
   * Registers {@code listener} for the progress of this agent's consults, by the SIP call each is
   * on; it is told of those open now at once. Called on {@code agent-events}.
   */
  Subscription addConsultListener(HostedConsults.Listener listener) {
    consultListeners.add(listener);
    execute(() -> consults.forEach(listener::onConsult));
    return () -> consultListeners.remove(listener);
  }

  /** Called on the {@code sip-events} thread: links an INVITE naming an interaction to it. */
  private void onCallEvent(CallEvent event) {
    if (!(event instanceof CallEvent.Incoming)) {
      return;
    }
    CallEvent.Incoming incoming = (CallEvent.Incoming) event;
    String interaction = CallLinks.interactionOf(incoming.headers());
    if (interaction != null) {
      execute(
          () -> {
            links.link(interaction, incoming.callId());
            update();
          });
    }
  }

  private void execute(Runnable task) {
    try {
      events.execute(task);
    } catch (RejectedExecutionException e) {
      log.debug("the agent session is closed; dropping an update");
    }
  }

  private void update() {
    updateConsults();
    AgentSnapshot next = AgentSnapshots.of(agent, queueState, clock.instant(), links::call);
    if (next.equals(state)) {
      return;
    }
    state = next;
    for (AgentListener l : listeners) {
      try {
        l.onChange(next);
      } catch (RuntimeException e) {
        log.warn("an agent listener failed", e);
      }
    }
  }

  private void updateConsults() {
    Map<CallId, HostedConsults.State> next = ConsultStates.of(agent, queueState, links::call);
    if (next.equals(consults)) {
      return;
    }
    Set<CallId> calls = new HashSet<>(consults.keySet());
    calls.addAll(next.keySet());
    Map<CallId, HostedConsults.State> before = consults;
    consults = next;
    for (CallId call : calls) {
      HostedConsults.State now = next.get(call);
      if (now != before.get(call)) {
        for (HostedConsults.Listener l : consultListeners) {
          try {
            l.onConsult(call, now);
          } catch (RuntimeException e) {
            log.warn("a consult listener failed", e);
          }
        }
      }
    }
  }

  private CompletableFuture<Void> command(Runnable call) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      commands.execute(
          () -> {
            @Nullable RuntimeException failure = null;
            try {
              call.run();
            } catch (QueueClientException e) {
              failure = new AgentSessionException(e.detail(), e);
            } catch (RuntimeException e) {
              failure = new AgentSessionException("the queue service failed: " + e.getMessage(), e);
            }
            RuntimeException f = failure;
            complete(done, f);
          });
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(new AgentSessionException("the agent session is closed", e));
    }
    return done;
  }

  private void complete(CompletableFuture<Void> done, @Nullable RuntimeException failure) {
    try {
      events.execute(
          () -> {
            if (failure == null) {
              done.complete(null);
            } else {
              done.completeExceptionally(failure);
            }
          });
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(new AgentSessionException("the agent session is closed", e));
    }
  }

  private CompletableFuture<Void> failed(AgentSessionException e) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    complete(done, e);
    return done;
  }
}
