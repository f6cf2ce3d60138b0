package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.client.Backoff;
import org.switchboard.queue.client.EventConnection;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.client.QueueClientException;
import org.switchboard.queue.client.QueueState;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.centre.NewCall;

/**
 * The whole service as a user meets it: the sample configuration, the real centre and the API, with
 * the desktop's own client (REST and the event WebSocket). Calls are put in the queue through the
 * centre, as the SIP front end will.
 */
@Timeout(90)
class QueueServiceEndToEndTest {
  private static final Path SAMPLE = Path.of("config", "sample.yaml");

  @TempDir Path dir;
  private Path config;
  private QueueService service;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    config = dir.resolve("centre.yaml");
    Files.writeString(config, testConfig(Files.readString(SAMPLE)));
    service = QueueService.start(config, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    service.close();
  }

  /** The sample on ports nobody else uses: any free HTTP and SIP port, RTP 41700-41799. */
  static String testConfig(String sample) {
    return sample
        .replace("port: 8070", "port: 0")
        .replace("port: 5070", "port: 0")
        .replace("rtpPortMin: 30000", "rtpPortMin: 41700")
        .replace("rtpPortMax: 31999", "rtpPortMax: 41799");
  }

  private QueueClient signedIn(String user) {
    QueueClient client =
        new QueueClient(
            HttpUrl.get("http://127.0.0.1:" + service.httpPort()), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
  }

  private EventConnection events(QueueClient client) {
    EventConnection events =
        new EventConnection(
            client, new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1), new Random(1)));
    closing.add(events);
    events.start();
    return events;
  }

  private void enqueue(String id, String queue) {
    service.onCentre(
        () ->
            service
                .centre()
                .enqueue(
                    new NewCall(
                        id,
                        "+15550100",
                        "100",
                        "main",
                        queue,
                        "en",
                        Map.of("account", "12345678"),
                        0,
                        Map.of())));
  }

  @Test
  void anAgentGoesReadyGetsTheOfferWithItsDataAnswersAndWrapsUp() throws Exception {
    QueueClient alice = signedIn("alice");
    EventConnection aliceEvents = events(alice);
    AgentView in = alice.login("alice", List.of("sales"));
    AgentView ready =
        alice.changePresence("alice", new PresenceView(WirePresence.READY, null), in.version());
    assertThat(ready.routing()).isEqualTo(WireRoutingState.IDLE);

    enqueue("i-1", "sales");

    await("alice's offer", () -> !aliceEvents.state().offers().isEmpty());
    OfferView offer = aliceEvents.state().offers().values().iterator().next();
    assertThat(offer.interaction().data()).containsEntry("account", "12345678");
    assertThat(offer.interaction().queue()).isEqualTo("sales");
    alice.acceptOffer(offer.id());
    await("connected", () -> state(aliceEvents, "alice").routing() == WireRoutingState.CONNECTED);

    AgentView now = alice.agent("alice");
    alice.changePresence("alice", new PresenceView(WirePresence.NOT_READY, "lunch"), now.version());
    assertThat(alice.agent("alice").next())
        .as("a presence chosen during a call waits for the call and wrap-up")
        .isEqualTo(new PresenceView(WirePresence.NOT_READY, "lunch"));

    service.onCentre(() -> service.centre().callEnded("i-1"));
    await("wrap-up", () -> state(aliceEvents, "alice").routing() == WireRoutingState.WRAP_UP);
    InteractionView wrapped =
        alice.wrapUp("i-1", new WrapUpBody("sale", "wants the premium plan", List.of("vip")));
    assertThat(wrapped.wrapUp()).isNotNull();
    AgentView after = alice.agent("alice");
    assertThat(after.presence()).isEqualTo(new PresenceView(WirePresence.NOT_READY, "lunch"));
  }

  @Test
  void aSupervisorSeesEveryAgentAndTheQueuesFiguresAnAgentDoesNot() throws Exception {
    QueueClient carol = signedIn("carol");
    EventConnection carolEvents = events(carol);
    QueueClient bob = signedIn("bob");
    EventConnection bobEvents = events(bob);
    AgentView in = bob.login("bob", List.of("sales"));
    bob.changePresence("bob", new PresenceView(WirePresence.READY, null), in.version());

    enqueue("i-2", "support");

    await("carol sees bob", () -> carolEvents.state().agents().containsKey("bob"));
    await(
        "carol sees the caller waiting in support",
        () -> {
          var support = carolEvents.state().figures().get("support");
          return support != null && support.callsWaiting() == 1;
        });
    assertThat(carol.figures()).isNotEmpty();
    assertThatThrownBy(bob::figures)
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(403));
    await("bob sees himself", () -> bobEvents.state().agents().containsKey("bob"));
    assertThat(bobEvents.state().agents()).containsOnlyKeys("bob");
  }

  @Test
  void aStaleVersionAndAWrongPasswordAreRefused() {
    QueueClient alice = signedIn("alice");
    AgentView in = alice.login("alice", List.of("sales"));
    alice.changePresence("alice", new PresenceView(WirePresence.READY, null), in.version());

    assertThatThrownBy(
            () ->
                alice.changePresence(
                    "alice", new PresenceView(WirePresence.NOT_READY, "break"), in.version()))
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(409));
    QueueClient mallory =
        new QueueClient(
            HttpUrl.get("http://127.0.0.1:" + service.httpPort()), new OkHttpClient(), 0);
    assertThatThrownBy(() -> mallory.signIn("alice", "guess"))
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void anAdminReloadsTheFileABadOneIsRefusedWithItsLineAndTheLastGoodStays() throws Exception {
    QueueClient dave = signedIn("dave");
    String good = Files.readString(config);
    Files.writeString(config, good.replace("strategy: longest-idle", "strategy: longest-idel"));

    assertThatThrownBy(dave::reloadConfiguration)
        .isInstanceOfSatisfying(
            QueueClientException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.getMessage()).contains("centre.yaml:").contains("longest-idel");
            });
    assertThat(dave.snapshot().catalogue().queues()).hasSize(2);

    Files.writeString(config, good.replace("name: Sales", "name: Sales and renewals"));
    var catalogue = dave.reloadConfiguration();
    assertThat(catalogue.queues()).anyMatch(q -> q.name().equals("Sales and renewals"));
    QueueClient bob = signedIn("bob");
    assertThatThrownBy(bob::reloadConfiguration)
        .isInstanceOfSatisfying(
            QueueClientException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aCleanRestartBringsTheAgentsBackAsTheyWere() throws Exception {
    QueueClient alice = signedIn("alice");
    AgentView in = alice.login("alice", List.of("sales"));
    alice.changePresence("alice", new PresenceView(WirePresence.READY, null), in.version());
    QueueClient bob = signedIn("bob");
    AgentView bobIn = bob.login("bob", List.of("support"));
    bob.changePresence("bob", new PresenceView(WirePresence.NOT_READY, "lunch"), bobIn.version());

    service.close();
    service = QueueService.start(config, Clock.systemUTC());

    QueueClient carol = signedIn("carol");
    AgentView aliceNow = carol.agent("alice");
    assertThat(aliceNow.presence()).isEqualTo(new PresenceView(WirePresence.READY, null));
    assertThat(aliceNow.queues()).containsExactly("sales");
    AgentView bobNow = carol.agent("bob");
    assertThat(bobNow.presence()).isEqualTo(new PresenceView(WirePresence.NOT_READY, "lunch"));
    assertThat(bobNow.queues()).containsExactly("support");
  }

  @Test
  void anInvalidFileStopsTheStartNamingItsLine() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, Files.readString(SAMPLE).replace("offerTimeout: 15s", "offerTimeout: soon"));
    assertThatThrownBy(() -> QueueService.start(bad, Clock.systemUTC()))
        .hasMessageContaining("bad.yaml:")
        .hasMessageContaining("offerTimeout");
  }

  private static AgentView state(EventConnection events, String agent) {
    QueueState state = events.state();
    AgentView view = state.agents().get(agent);
    if (view == null) {
      throw new AssertionError(agent + " not in " + state.agents().keySet());
    }
    return view;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (AssertionError notYet) {
        // not there yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
