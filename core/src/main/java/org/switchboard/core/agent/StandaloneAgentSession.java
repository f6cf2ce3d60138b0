package org.switchboard.core.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HoldSide;

/**
 * The agent session of a desktop working without a queue service: presence is kept locally, the
 * routing state follows the softphone's own calls, and every answered inbound call and every
 * outbound call is followed by a wrap-up under one policy. An offer is made from the INVITE's
 * headers ({@value #INTERACTION_HEADER}, {@value #QUEUE_HEADER}, {@value #WAIT_HEADER} in seconds),
 * so a PBX that sets them gets the same incoming-call notification as the queue service.
 *
 * <p>All state lives on one {@code agent-events} thread; listeners are called there.
 */
public final class StandaloneAgentSession implements AgentSession, AutoCloseable {
  /**
   * The INVITE header carrying the contact centre's interaction id: the one name every desktop-side
   * reader uses, the same the queue service sends (queue-protocol's {@code
   * Headers.SIP_INTERACTION}, which depends on Jackson only and so cannot refer to core;
   * queue-client's tests pin the two equal). ADR 30.
   */
  public static final String INTERACTION_HEADER = "X-Switchboard-Interaction";

  /** The INVITE header naming the queue the caller waited in. */
  public static final String QUEUE_HEADER = "X-Queue";

  /** The INVITE header with the caller's wait in whole seconds. */
  public static final String WAIT_HEADER = "X-Queue-Wait";

  private static final Logger log = LoggerFactory.getLogger(StandaloneAgentSession.class);

  private enum Phase {
    RINGING,
    DIALING,
    TALKING,
    HELD
  }

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "agent-events");
            t.setDaemon(true);
            return t;
          });
  private final Clock clock;
  private final WrapUpPolicy policy;
  private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<CallId, Phase> calls = new LinkedHashMap<>();
  private final Deque<PendingWrapUp> wrapUps = new ArrayDeque<>();
  private final Subscription callSubscription;
  private volatile AgentSnapshot state;

  /**
   * Starts following {@code calls}.
   *
   * @param reasons the not-ready reasons the agent may choose from
   * @param initial the presence to start with
   */
  public StandaloneAgentSession(
      CallControl calls,
      WrapUpPolicy policy,
      List<NotReadyReason> reasons,
      Presence initial,
      Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    Instant now = clock.instant();
    this.state =
        new AgentSnapshot(
            initial, now, null, RoutingState.IDLE, now, reasons, List.of(), null, null);
    this.callSubscription = calls.addCallListener(e -> thread.execute(() -> apply(e)));
  }

  /** The reasons a standalone desktop offers when the settings name none. */
  public static List<NotReadyReason> defaultReasons() {
    return List.of(
        new NotReadyReason("BREAK", "Break"),
        new NotReadyReason("LUNCH", "Lunch"),
        new NotReadyReason("MEETING", "Meeting"),
        new NotReadyReason("TRAINING", "Training"),
        new NotReadyReason("ADMIN", "After-call work"));
  }

  @Override
  public AgentSnapshot snapshot() {
    return state;
  }

  @Override
  public CompletableFuture<Void> changePresence(Presence presence) {
    Objects.requireNonNull(presence, "presence");
    return onThread(
        () -> {
          if (presence instanceof Presence.NotReady
              && !state.reasons().contains(((Presence.NotReady) presence).reason())) {
            throw new AgentSessionException("unknown not-ready reason");
          }
          AgentSnapshot s = state;
          if (s.routing() == RoutingState.IDLE) {
            publish(with(presence, clock.instant(), null, s));
          } else {
            publish(with(s.presence(), s.presenceSince(), presence, s));
          }
        });
  }

  @Override
  public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
    Objects.requireNonNull(wrapUp, "wrapUp");
    return onThread(
        () -> {
          PendingWrapUp pending = wrapUps.peekFirst();
          if (pending == null || !pending.call().equals(wrapUp.call())) {
            throw new AgentSessionException("no wrap-up is pending for this call");
          }
          WrapUpPolicy p = pending.policy();
          Instant deadline = pending.deadline();
          boolean expired = deadline != null && !clock.instant().isBefore(deadline);
          // A timed wrap-up ends at its deadline with whatever was entered.
          if (!expired && p.dispositionRequired() && wrapUp.disposition() == null) {
            throw new AgentSessionException("a disposition is required");
          }
          if (!expired && p.notesRequired() && wrapUp.notes().isBlank()) {
            throw new AgentSessionException("notes are required");
          }
          wrapUps.removeFirst();
          recompute();
        });
  }

  @Override
  public CompletableFuture<Void> extendWrapUp() {
    return onThread(
        () -> {
          PendingWrapUp pending = wrapUps.peekFirst();
          if (pending == null || !pending.canExtend()) {
            throw new AgentSessionException("this wrap-up cannot be extended");
          }
          Instant deadline = Objects.requireNonNull(pending.deadline());
          wrapUps.removeFirst();
          wrapUps.addFirst(
              new PendingWrapUp(
                  pending.call(),
                  pending.policy(),
                  pending.started(),
                  deadline.plus(pending.policy().extension()),
                  pending.extensionsUsed() + 1));
          recompute();
        });
  }

  @Override
  public Subscription addListener(AgentListener listener) {
    listeners.add(listener);
    thread.execute(() -> listener.onChange(state));
    return () -> listeners.remove(listener);
  }

  /** Stops following calls and ends the session's thread. */
  @Override
  public void close() {
    callSubscription.close();
    thread.shutdown();
  }

  private void apply(CallEvent e) {
    CallId id = e.callId();
    @Nullable Offer offer = state.offer();
    if (e instanceof CallEvent.Incoming) {
      calls.put(id, Phase.RINGING);
      offer = offerFor((CallEvent.Incoming) e);
    } else if (e instanceof CallEvent.Dialing) {
      calls.put(id, Phase.DIALING);
    } else if (e instanceof CallEvent.Answered || e instanceof CallEvent.Resumed) {
      calls.computeIfPresent(id, (k, v) -> Phase.TALKING);
    } else if (e instanceof CallEvent.Held && ((CallEvent.Held) e).side() == HoldSide.LOCAL) {
      calls.computeIfPresent(id, (k, v) -> Phase.HELD);
    } else if (e instanceof CallEvent.Ended) {
      Phase was = calls.remove(id);
      if (was != null && was != Phase.RINGING) {
        wrapUps.addLast(newWrapUp(id));
      }
    } else {
      return;
    }
    if (offer != null && id.equals(offer.call()) && calls.get(id) != Phase.RINGING) {
      offer = null; // answered, rejected or abandoned: no longer offered
    }
    state = withOffer(state, offer);
    recompute();
  }

  private static AgentSnapshot withOffer(AgentSnapshot s, @Nullable Offer offer) {
    return new AgentSnapshot(
        s.presence(),
        s.presenceSince(),
        s.nextPresence(),
        s.routing(),
        s.routingSince(),
        s.reasons(),
        s.queues(),
        offer,
        s.wrapUp());
  }

  private PendingWrapUp newWrapUp(CallId call) {
    Instant now = clock.instant();
    return new PendingWrapUp(
        call, policy, now, policy.timed() ? now.plus(policy.timeLimit()) : null, 0);
  }

  private static Offer offerFor(CallEvent.Incoming e) {
    Map<String, String> h = e.headers();
    Duration waited = Duration.ZERO;
    String wait = header(h, WAIT_HEADER);
    if (wait != null) {
      try {
        waited = Duration.ofSeconds(Math.max(0, Long.parseLong(wait.trim())));
      } catch (NumberFormatException ignored) {
        log.debug("ignoring a non-numeric {} header", WAIT_HEADER);
      }
    }
    String interaction = header(h, INTERACTION_HEADER);
    return new Offer(
        e.callId(),
        interaction == null ? e.callId().value() : interaction,
        header(h, QUEUE_HEADER),
        waited,
        h);
  }

  private static @Nullable String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** Derives the routing state from the calls and wrap-ups, and applies a queued presence. */
  private void recompute() {
    AgentSnapshot s = state;
    RoutingState routing = routing();
    Instant now = clock.instant();
    Instant routingSince = routing == s.routing() ? s.routingSince() : now;
    Presence presence = s.presence();
    Instant presenceSince = s.presenceSince();
    Presence next = s.nextPresence();
    if (routing == RoutingState.IDLE && next != null) {
      presence = next;
      presenceSince = now;
      next = null;
    }
    publish(
        new AgentSnapshot(
            presence,
            presenceSince,
            next,
            routing,
            routingSince,
            s.reasons(),
            s.queues(),
            s.offer(),
            wrapUps.peekFirst()));
  }

  private RoutingState routing() {
    if (calls.containsValue(Phase.TALKING) || calls.containsValue(Phase.DIALING)) {
      return RoutingState.ON_CALL;
    }
    if (calls.containsValue(Phase.HELD)) {
      return RoutingState.HELD;
    }
    if (calls.containsValue(Phase.RINGING)) {
      return RoutingState.OFFERED;
    }
    return wrapUps.isEmpty() ? RoutingState.IDLE : RoutingState.WRAP_UP;
  }

  private static AgentSnapshot with(
      Presence presence, Instant since, @Nullable Presence next, AgentSnapshot s) {
    return new AgentSnapshot(
        presence,
        since,
        next,
        s.routing(),
        s.routingSince(),
        s.reasons(),
        s.queues(),
        s.offer(),
        s.wrapUp());
  }

  private void publish(AgentSnapshot next) {
    state = next;
    for (AgentListener l : listeners) {
      try {
        l.onChange(next);
      } catch (RuntimeException ex) {
        log.warn("an agent listener failed", ex);
      }
    }
  }

  private CompletableFuture<Void> onThread(Runnable change) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      thread.execute(
          () -> {
            try {
              change.run();
              done.complete(null);
            } catch (RuntimeException ex) {
              done.completeExceptionally(ex);
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException ex) {
      done.completeExceptionally(new AgentSessionException("the agent session is closed", ex));
    }
    return done;
  }
}
