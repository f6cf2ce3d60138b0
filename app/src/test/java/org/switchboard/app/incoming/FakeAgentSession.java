package org.switchboard.app.incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.call.CallId;

/** An agent session whose offers the test sets; listeners are told on the caller's thread. */
final class FakeAgentSession implements AgentSession {
  private static final Instant SINCE = Instant.parse("2025-05-01T09:00:00Z");
  private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
  private volatile AgentSnapshot snapshot = snapshotWith(null);

  /** An offer of call {@code id} from {@code queue} after {@code waited}. */
  static Offer offer(String id, @Nullable String queue, Duration waited) {
    return new Offer(new CallId(id), "i-" + id, queue, waited, Map.of("ivr", "billing"));
  }

  /** Makes {@code offer} (or none) the current one and tells the listeners. */
  void offer(@Nullable Offer offer) {
    snapshot = snapshotWith(offer);
    listeners.forEach(l -> l.onChange(snapshot));
  }

  private static AgentSnapshot snapshotWith(@Nullable Offer offer) {
    return new AgentSnapshot(
        Presence.ready(),
        SINCE,
        null,
        offer == null ? RoutingState.IDLE : RoutingState.OFFERED,
        SINCE,
        List.of(),
        List.of(),
        offer,
        null);
  }

  @Override
  public AgentSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public CompletableFuture<Void> changePresence(Presence presence) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> extendWrapUp() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addListener(AgentListener listener) {
    listeners.add(listener);
    listener.onChange(snapshot);
    return () -> listeners.remove(listener);
  }
}
