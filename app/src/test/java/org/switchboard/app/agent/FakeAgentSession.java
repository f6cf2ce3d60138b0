package org.switchboard.app.agent;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSessionException;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;

/**
 * A session the test drives: {@link #push} publishes a state to the listeners on the calling
 * thread; {@link #changePresence} records the request and, unless {@link #refuseWith} is set or
 * {@link #holdAnswers} is on, applies it as the real session does (queued during a call).
 */
public final class FakeAgentSession implements AgentSession {
  public static final NotReadyReason BREAK = new NotReadyReason("BREAK", "Break");
  public static final NotReadyReason LUNCH = new NotReadyReason("LUNCH", "Lunch");
  public static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

  public final List<Presence> requested = new CopyOnWriteArrayList<>();
  public final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();
  private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
  public volatile @Nullable String refuseWith;
  public volatile boolean holdAnswers;
  private volatile AgentSnapshot state;

  public FakeAgentSession() {
    this(snapshot(Presence.notReady(BREAK), null, RoutingState.IDLE, T0, List.of()));
  }

  public FakeAgentSession(AgentSnapshot initial) {
    this.state = initial;
  }

  /** A snapshot with the reasons Break and Lunch, no offer and no wrap-up. */
  public static AgentSnapshot snapshot(
      Presence presence,
      @Nullable Presence next,
      RoutingState routing,
      Instant routingSince,
      List<QueueFigures> queues) {
    return new AgentSnapshot(
        presence, T0, next, routing, routingSince, List.of(BREAK, LUNCH), queues, null, null);
  }

  /** Publishes {@code next} to every listener, on the calling thread. */
  public void push(AgentSnapshot next) {
    state = next;
    listeners.forEach(l -> l.onChange(next));
  }

  public int listenerCount() {
    return listeners.size();
  }

  @Override
  public AgentSnapshot snapshot() {
    return state;
  }

  @Override
  public CompletableFuture<Void> changePresence(Presence presence) {
    requested.add(presence);
    String refusal = refuseWith;
    if (refusal != null) {
      return CompletableFuture.failedFuture(new AgentSessionException(refusal));
    }
    if (holdAnswers) {
      CompletableFuture<Void> later = new CompletableFuture<>();
      pending.add(later);
      return later;
    }
    AgentSnapshot s = state;
    push(
        s.routing() == RoutingState.IDLE
            ? new AgentSnapshot(
                presence,
                T0,
                null,
                s.routing(),
                s.routingSince(),
                s.reasons(),
                s.queues(),
                null,
                null)
            : new AgentSnapshot(
                s.presence(),
                s.presenceSince(),
                presence,
                s.routing(),
                s.routingSince(),
                s.reasons(),
                s.queues(),
                null,
                null));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
    return CompletableFuture.failedFuture(new AgentSessionException("not in this fake"));
  }

  @Override
  public CompletableFuture<Void> extendWrapUp() {
    return CompletableFuture.failedFuture(new AgentSessionException("not in this fake"));
  }

  @Override
  public Subscription addListener(AgentListener listener) {
    listeners.add(listener);
    listener.onChange(state);
    return () -> listeners.remove(listener);
  }
}
