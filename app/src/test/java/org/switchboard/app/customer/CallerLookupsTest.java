package org.switchboard.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallsModel;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * The customer lookup of a queue call uses the customer's number from the offer (the INVITE comes
 * from the service); other calls use their From number. Direct executors: no toolkit.
 */
class CallerLookupsTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String HEADER = "X-Switchboard-Interaction";

  private final CallsModel calls =
      new CallsModel(
          (CallControl)
              Proxy.newProxyInstance(
                  CallControl.class.getClassLoader(),
                  new Class<?>[] {CallControl.class},
                  (proxy, method, args) -> null),
          Runnable::run,
          Clock.fixed(T0, ZoneOffset.UTC));
  private final Session session = new Session();
  private final List<String> lookups = new ArrayList<>();
  private final CallerLookups callers =
      new CallerLookups(
          session, Runnable::run, (call, number) -> lookups.add(call.id().value() + " " + number));

  private CallEntry ring(String id, Map<String, String> headers) {
    calls.apply(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:queue@127.0.0.1", "Queue service", new PhoneNumber("+4930555")),
            headers));
    CallEntry entry = Objects.requireNonNull(calls.find(new CallId(id)));
    callers.offered(entry);
    return entry;
  }

  private static Offer offer(String call, Map<String, String> data) {
    return new Offer(new CallId(call), "int-1", "Support", Duration.ofSeconds(5), data);
  }

  @Test
  void aPlainCallIsLookedUpByItsFromNumberAtOnce() {
    callers.start();
    ring("c1", Map.of());

    assertThat(lookups).containsExactly("c1 +4930555");
  }

  @Test
  void aQueueCallWaitsForItsOfferAndUsesTheCustomersNumber() {
    callers.start();
    ring("c1", Map.of(HEADER, "int-1"));
    assertThat(lookups).isEmpty();

    session.offer(offer("other", Map.of("ani", "+4930111")));
    assertThat(lookups).isEmpty();
    session.offer(offer("c1", Map.of("ani", "+4930123456", "account", "4711")));

    assertThat(lookups).containsExactly("c1 +4930123456");
  }

  @Test
  void anOfferAlreadyOnTheCallIsUsedAtOnce() {
    session.offer(offer("c1", Map.of("ani", "3190")));
    callers.start();

    ring("c1", Map.of("x-switchboard-interaction", "int-1"));

    assertThat(lookups).containsExactly("c1 3190");
  }

  @Test
  void anOfferWithoutAniFallsBackToTheFromNumber() {
    callers.start();
    ring("c1", Map.of(HEADER, "int-1"));

    session.offer(offer("c1", Map.of("account", "4711")));

    assertThat(lookups).containsExactly("c1 +4930555");
  }

  @Test
  void aQueueCallThatStopsRingingBeforeItsOfferIsLookedUpByItsFromNumberOnce() {
    callers.start();
    ring("c1", Map.of(HEADER, "int-1"));

    calls.apply(new CallEvent.Ended(new CallId("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));
    session.offer(offer("c1", Map.of("ani", "3190")));

    assertThat(lookups).containsExactly("c1 +4930555");
  }

  /** A session whose offer the test sets; listeners are told on the test's thread. */
  private static final class Session implements AgentSession {
    private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
    private volatile AgentSnapshot snapshot = of(null);

    void offer(@Nullable Offer offer) {
      snapshot = of(offer);
      listeners.forEach(l -> l.onChange(snapshot));
    }

    private static AgentSnapshot of(@Nullable Offer offer) {
      return new AgentSnapshot(
          Presence.ready(), T0, null, RoutingState.IDLE, T0, List.of(), List.of(), offer, null);
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
      return () -> listeners.remove(listener);
    }
  }
}
