package org.switchboard.app.wrapup;

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
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;

/** An agent session the test drives: it pushes snapshots and records what the form asks. */
final class FakeAgentSession implements AgentSession {
  final List<WrapUp> finished = new CopyOnWriteArrayList<>();
  volatile int extensions;
  volatile @Nullable String refuse;
  private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
  private AgentSnapshot state = snapshot(null);

  static AgentSnapshot snapshot(@Nullable PendingWrapUp wrapUp) {
    Instant t = Instant.EPOCH;
    return new AgentSnapshot(
        Presence.ready(),
        t,
        null,
        wrapUp == null ? RoutingState.IDLE : RoutingState.WRAP_UP,
        t,
        List.of(),
        List.of(),
        null,
        wrapUp);
  }

  void pendingWrapUp(@Nullable PendingWrapUp wrapUp) {
    state = snapshot(wrapUp);
    listeners.forEach(l -> l.onChange(state));
  }

  @Override
  public AgentSnapshot snapshot() {
    return state;
  }

  @Override
  public CompletableFuture<Void> changePresence(Presence presence) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
    String why = refuse;
    if (why != null) {
      return CompletableFuture.failedFuture(new AgentSessionException(why));
    }
    finished.add(wrapUp);
    pendingWrapUp(null);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> extendWrapUp() {
    extensions++;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addListener(AgentListener listener) {
    listeners.add(listener);
    listener.onChange(state);
    return () -> listeners.remove(listener);
  }
}
