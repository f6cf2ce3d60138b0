package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.agent.AgentSessionException;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.queue.client.Backoff;
import org.switchboard.queue.client.EventConnection;
import org.switchboard.queue.client.QueueAgentSession;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.client.QueueClientException;
import org.switchboard.queue.client.QueueState;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.testkit.ManualClock;

/** queue-client against the real {@link ApiServer}, in process, over loopback. */
@Tag("lab")
@Timeout(60)
class QueueClientLabTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();

  @SuppressWarnings("NullAway.Init")
  private ApiLab lab;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    lab.close();
  }

  private void start(ApiSettings settings) {
    lab = new ApiLab(clock, settings);
  }

  private QueueClient client(String user, OkHttpClient http) {
    QueueClient c = new QueueClient(HttpUrl.get(lab.base()), http, 2);
    c.signIn(user, "secret-" + user);
    return c;
  }

  private QueueClient client(String user) {
    return client(user, new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build());
  }

  /** A recording listener. */
  static final class Recorder implements EventConnection.Listener {
    final List<Long> sequences = new CopyOnWriteArrayList<>();
    final List<String> types = new CopyOnWriteArrayList<>();
    final List<Duration> retries = new CopyOnWriteArrayList<>();
    final List<Boolean> ups = new CopyOnWriteArrayList<>();
    volatile @Nullable QueueState state;
    volatile String thread = "";

    @Override
    public void onState(QueueState s, Event cause) {
      state = s;
      thread = Thread.currentThread().getName();
      types.add(cause.type());
      if (cause.sequence() > 0) {
        sequences.add(cause.sequence());
      }
    }

    @Override
    public void onConnection(boolean up, @Nullable Duration retryIn) {
      ups.add(up);
      if (retryIn != null) {
        retries.add(retryIn);
      }
    }

    long connections() {
      return ups.stream().filter(u -> u).count();
    }
  }

  private EventConnection connect(
      QueueClient client, Recorder recorder, Duration initial, Duration max) {
    EventConnection c = new EventConnection(client, new Backoff(initial, max, new Random(3)));
    c.addListener(recorder);
    closing.add(c);
    c.start();
    return c;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void commandsReturnTheNewStateAndRefusalsTheServicesReason() {
    start(ApiSettings.defaults());
    QueueClient sue = client("sue");

    assertThat(sue.login("ann", List.of("sales")).queues()).containsExactly("sales");
    assertThat(
            sue.changePresence("ann", new PresenceView(WirePresence.READY, null), 2L)
                .presence()
                .presence())
        .isEqualTo(WirePresence.READY);

    assertThatThrownBy(
            () -> sue.changePresence("ann", new PresenceView(WirePresence.READY, null), 1L))
        .isInstanceOfSatisfying(
            QueueClientException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.detail()).contains("version 3");
            });
    assertThatThrownBy(() -> client("ann").reloadConfiguration())
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(403));
    QueueClient stranger = new QueueClient(HttpUrl.get(lab.base()), new OkHttpClient(), 0);
    assertThatThrownBy(() -> stranger.signIn("sue", "wrong"))
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aLostAnswerIsRetriedWithTheSameKeyAndAppliedOnce() {
    start(ApiSettings.defaults());
    List<String> keys = new CopyOnWriteArrayList<>();
    OkHttpClient flaky =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  String key = chain.request().header(Headers.IDEMPOTENCY_KEY);
                  Response response = chain.proceed(chain.request());
                  if (key != null) {
                    keys.add(key);
                    if (keys.size() == 1) {
                      // The service did the work; the answer is lost on the way back.
                      response.close();
                      throw new IOException("connection reset");
                    }
                  }
                  return response;
                })
            .build();
    QueueClient ann = client("ann", flaky);

    assertThat(
            ann.changePresence("ann", new PresenceView(WirePresence.READY, null), null).version())
        .isEqualTo(2);

    assertThat(keys).hasSize(2);
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
    assertThat(lab.centre.calls("changePresence")).isEqualTo(1);
  }

  @Test
  void anUnreachableServiceFailsAfterBoundedRetries() {
    start(ApiSettings.defaults());
    QueueClient ann = client("ann");
    lab.server.stop();

    assertThatThrownBy(() -> ann.logout("ann"))
        .isInstanceOfSatisfying(
            QueueClientException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.detail()).contains("3 times");
            });
  }

  @Test
  void aDroppedConnectionResumesWithNoEventLostOrRepeated() throws Exception {
    start(ApiLab.manualTicks(1000));
    Recorder r = new Recorder();
    connect(client("sue"), r, Duration.ofMillis(20), Duration.ofMillis(200));
    await("the snapshot", () -> r.state != null);
    lab.centre.offer("ann", "i1", "sales"); // 1-3
    await("three events", () -> r.sequences.size() == 3);

    clock.advance(Duration.ofSeconds(16)); // the service finds the client silent and closes it
    lab.server.tick();
    lab.centre.offer("bob", "i2", "support"); // 4-6, while the client is away or back
    lab.centre.figures("sales", 2); // 7

    await("seven events", () -> r.sequences.size() >= 7);
    await("the reconnection", () -> r.connections() >= 2);
    lab.centre.figures("sales", 3); // 8
    await("eight events", () -> r.sequences.size() >= 8);
    assertThat(r.sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(r.retries).isNotEmpty();
    assertThat(r.thread).isEqualTo("queue-events");
    QueueState state = java.util.Objects.requireNonNull(r.state);
    assertThat(state.offers()).containsKeys("offer-i1", "offer-i2");
  }

  @Test
  void aRestartedServiceIsResyncedFromItsSnapshot() throws Exception {
    start(ApiLab.manualTicks(1000));
    Recorder r = new Recorder();
    QueueClient sue = client("sue");
    connect(sue, r, Duration.ofMillis(20), Duration.ofMillis(200));
    await("the snapshot", () -> r.state != null);
    lab.centre.offer("ann", "i1", "sales");
    await("three events", () -> r.sequences.size() == 3);
    String oldSource = lab.server.source();
    int port = lab.server.port();

    lab.close();
    lab = new ApiLab(clock, ApiLab.manualTicks(1000), port);
    sue.signIn("sue", "secret-sue"); // the new service knows no old token

    await("a snapshot of the new run", () -> lab.server.source().equals(sourceOf(r)));
    QueueState state = java.util.Objects.requireNonNull(r.state);
    assertThat(state.source()).isNotEqualTo(oldSource);
    assertThat(state.offers()).isEmpty(); // the new centre has none: the old offer is gone
    assertThat(state.sequence()).isZero();
    lab.centre.figures("sales", 1);
    await("the new run's first event", () -> r.sequences.contains(1L) && r.sequences.size() == 4);
  }

  private static @Nullable String sourceOf(Recorder r) {
    QueueState s = r.state;
    return s == null ? null : s.source();
  }

  @Test
  void reconnectionBacksOffExponentiallyWithJitterAndResetsAfterSuccess() throws Exception {
    start(ApiLab.manualTicks(1000));
    Recorder r = new Recorder();
    QueueClient sue = client("sue");
    connect(sue, r, Duration.ofMillis(40), Duration.ofMillis(320));
    await("connected", () -> r.connections() == 1);
    int port = lab.server.port();

    lab.close();
    await("five attempts", () -> r.retries.size() >= 5);
    long[] steps = {40, 80, 160, 320, 320};
    for (int i = 0; i < steps.length; i++) {
      assertThat(r.retries.get(i).toMillis())
          .as("attempt %d", i + 1)
          .isBetween(steps[i] / 2, steps[i]);
    }

    lab = new ApiLab(clock, ApiLab.manualTicks(1000), port);
    sue.signIn("sue", "secret-sue");
    await("reconnected", () -> r.connections() == 2);
    int before = r.retries.size();
    clock.advance(Duration.ofSeconds(16));
    lab.server.tick(); // drops the client once more
    await("another retry", () -> r.retries.size() > before);
    assertThat(r.retries.get(before).toMillis()).isBetween(20L, 40L);
  }

  @Test
  void aSilentServiceIsLeftAndRejoined() throws Exception {
    // One-second heartbeats that the service never sends (its ticker does not run).
    start(
        new ApiSettings(
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            100,
            100,
            Duration.ofHours(1)));
    Recorder r = new Recorder();
    connect(client("sue"), r, Duration.ofMillis(20), Duration.ofMillis(200));

    await("a second connection after three silent seconds", () -> r.connections() >= 2);
    assertThat(r.ups).contains(false);
  }

  @Test
  void theAgentSessionMapsTheServicesStateAndCommands() throws Exception {
    start(ApiSettings.defaults());
    QueueClient ann = client("ann");
    Recorder r = new Recorder();
    EventConnection events = connect(ann, r, Duration.ofMillis(20), Duration.ofMillis(200));
    QueueAgentSession session = new QueueAgentSession("ann", ann, events, Clock.systemUTC());
    closing.add(session);
    List<String> listenerThreads = new CopyOnWriteArrayList<>();
    session.addListener(s -> listenerThreads.add(Thread.currentThread().getName()));
    ann.login("ann", List.of("sales"));

    session.changePresence(Presence.ready()).get(5, TimeUnit.SECONDS);
    await("ready", () -> session.snapshot().presence().equals(Presence.ready()));

    lab.centre.offer("ann", "i1", "sales");
    await(
        "the offer",
        () ->
            session.snapshot().offer() != null
                && session.snapshot().routing() == RoutingState.OFFERED);
    AgentSnapshot offered = session.snapshot();
    Offer offer = java.util.Objects.requireNonNull(offered.offer());
    assertThat(offered.routing()).isEqualTo(RoutingState.OFFERED);
    assertThat(offer.interactionId()).isEqualTo("i1");
    assertThat(offer.queue()).isEqualTo("Sales");
    assertThat(offer.data()).containsEntry("account", "42");

    ann.acceptOffer("offer-i1");
    await(
        "on call",
        () ->
            session.snapshot().routing() == RoutingState.ON_CALL
                && session.snapshot().offer() == null);
    lab.centre.hangUp("ann");
    await("wrap-up", () -> session.snapshot().wrapUp() != null);
    PendingWrapUp pending = java.util.Objects.requireNonNull(session.snapshot().wrapUp());
    assertThat(pending.policy().mode()).isEqualTo(WrapUpMode.MANDATORY);

    assertThatThrownBy(() -> session.extendWrapUp().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AgentSessionException.class)
        .hasMessageContaining("not supported");
    session
        .finishWrapUp(new WrapUp(pending.call(), "SOLD", "happy", List.of()))
        .get(5, TimeUnit.SECONDS);
    await(
        "idle",
        () ->
            session.snapshot().routing() == RoutingState.IDLE
                && session.snapshot().wrapUp() == null);
    assertThat(listenerThreads).isNotEmpty().allMatch("agent-events"::equals);
    assertThat(lab.centre.agent("ann").routing()).isEqualTo(WireRoutingState.IDLE);
  }

  @Test
  void aRefusedAgentCommandFailsItsFutureWithTheReason() throws Exception {
    start(ApiSettings.defaults());
    QueueClient ann = client("ann");
    EventConnection events =
        connect(ann, new Recorder(), Duration.ofMillis(20), Duration.ofMillis(200));
    QueueAgentSession session = new QueueAgentSession("ann", ann, events, Clock.systemUTC());
    closing.add(session);

    assertThatThrownBy(
            () ->
                session
                    .changePresence(
                        Presence.notReady(
                            new org.switchboard.core.agent.NotReadyReason(
                                InMemoryCentre.EXPLODE, "x")))
                    .get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AgentSessionException.class);
    assertThatThrownBy(
            () ->
                session
                    .finishWrapUp(
                        new WrapUp(
                            new org.switchboard.core.call.CallId("nothing"), null, "", List.of()))
                    .get(5, TimeUnit.SECONDS))
        .hasMessageContaining("no wrap-up is pending");
  }
}
