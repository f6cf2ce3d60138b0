package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallEvent;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.PostgresStores;
import org.switchboard.queue.service.store.Recovery;
import org.switchboard.queue.service.store.StoreSettings;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.PrivatePostgres;

/**
 * The service killed as a crash would kill it (SIGKILL of its own JVM, {@link ServiceProcess})
 * while one customer talks to alice and another waits in the queue, then started again on the same
 * store: the two calls' records are closed as cut off by the crash, alice and bob come back logged
 * in with the presence they had chosen, and bob's phone, registered before the crash and not since,
 * is offered the next call. Once on the embedded H2 file, once on PostgreSQL.
 */
@Tag("lab")
@Timeout(240)
@ExtendWith(PostgresStores.class)
class QueueServiceCrashLabTest {
  private static final int HTTP_PORT = 16711;
  private static final String STORE_PASSWORD = "SWITCHBOARD_TEST_STORE_PASSWORD";

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path dir;

  @Test
  void theEmbeddedStoreClosesCutOffCallsAndBringsAgentsAndPhonesBack() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    Path config = config(lab, "");
    crashAndRestart(lab, config, Map.of());
    try (Database store = Database.open(StoreSettings.embedded(dir.resolve("data/queue-store")))) {
      assertCutOffCallsClosed(store);
    }
  }

  @Test
  void postgresClosesCutOffCallsAndBringsAgentsAndPhonesBack() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    PrivatePostgres postgres = PostgresStores.postgres();
    String url = postgres.createDatabase("crash_" + System.nanoTime() % 1_000_000);
    Path config =
        config(
            lab,
            "url: "
                + url
                + "\n    user: "
                + postgres.user()
                + "\n    passwordEnv: "
                + STORE_PASSWORD);
    crashAndRestart(lab, config, Map.of(STORE_PASSWORD, postgres.password()));
    try (Database store =
        Database.open(StoreSettings.postgres(url, postgres.user(), postgres.password()))) {
      assertCutOffCallsClosed(store);
    }
  }

  /** The sample on fixed ports (the test reaches another JVM), bob widening in after a second. */
  private static Path config(ServiceLab lab, String store) throws Exception {
    String[] replacements = {"port: 0", "port: " + HTTP_PORT, "widenEvery: 30s", "widenEvery: 1s"};
    Path path = lab.config(replacements);
    if (!store.isEmpty()) {
      Files.writeString(path, Files.readString(path).replace("file: data/queue-store", store));
    }
    return path;
  }

  private String connected = "";
  private String waiting = "";

  private void crashAndRestart(ServiceLab lab, Path config, Map<String, String> env)
      throws Exception {
    String api = "http://" + lab.address + ":" + HTTP_PORT;
    // The phones register with the first run and never again: the second must know them anyway.
    ServiceProcess service = start(config, api, env, "run-1");
    try (AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone();
        PrivateBaresip first = lab.customer();
        BaresipControl firstPhone = first.peer().control();
        PrivateBaresip second = customer(lab, "second", "3184", 29800);
        BaresipControl secondPhone = second.peer().control()) {
      callsInFlight(lab, api, alicePhone, firstPhone, secondPhone);
      service.crash();
      firstPhone.hangup();
      secondPhone.hangup();
      service = start(config, api, env, "run-2");
      assertThat(service.log())
          .contains("closed 1 waiting and 1 connected interactions")
          .contains("restored 2 agents");
      agentsCameBack(api);
      // A new caller: baresip keeps the cut-off calls (their BYEs go unanswered) for a while.
      try (PrivateBaresip third = customer(lab, "third", "3183", 29920);
          BaresipControl thirdPhone = third.peer().control()) {
        bobsPhoneIsReachedWithoutRegisteringAgain(lab, api, bobPhone, thirdPhone);
      }
    } finally {
      service.close();
    }
  }

  private PrivateBaresip customer(ServiceLab lab, String name, String user, int port)
      throws Exception {
    return PrivateBaresip.start(
        lab.lab, Files.createDirectories(dir.resolve(name)), user, "PCMU", 660, "", port);
  }

  private ServiceProcess start(Path config, String api, Map<String, String> env, String name) {
    return ServiceProcess.start(
        config, api, env, dir.resolve(name + ".log"), Duration.ofMinutes(3));
  }

  /** Alice talks to the first customer (a lunch break queued for after), the second waits. */
  private void callsInFlight(
      ServiceLab lab,
      String api,
      AgentPhone alicePhone,
      BaresipControl firstPhone,
      BaresipControl secondPhone)
      throws Exception {
    QueueClient alice = signedIn(api, "alice");
    alice.changePresence("alice", ready(), alice.login("alice", List.of("sales")).version());
    QueueClient bob = signedIn(api, "bob");
    bob.changePresence(
        "bob",
        new PresenceView(WirePresence.NOT_READY, "break"),
        bob.login("bob", List.of("sales")).version());

    lab.dialAndPress(firstPhone, "11");
    CallEvent.Incoming offered = alicePhone.await(CallEvent.Incoming.class);
    connected = Objects.requireNonNull(offered.headers().get(Headers.SIP_INTERACTION));
    alicePhone.sip.answer(offered.callId()).get(5, TimeUnit.SECONDS);
    await("alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
    alice.changePresence("alice", new PresenceView(WirePresence.NOT_READY, "lunch"), null);
    await("lunch queued", () -> alice.agent("alice").next() != null);

    lab.dialAndPress(secondPhone, "11");
    QueueClient carol = signedIn(api, "carol");
    InteractionView queued =
        await(
            "the second caller waits in sales",
            () ->
                carol.snapshot().interactions().stream()
                    .filter(i -> !i.id().equals(connected) && "sales".equals(i.queue()))
                    .filter(i -> i.times().enqueued() != null)
                    .findFirst()
                    .orElse(null));
    waiting = queued.id();
  }

  private void agentsCameBack(String api) throws Exception {
    QueueClient carol = signedIn(api, "carol");
    AgentView alice = carol.agent("alice");
    assertThat(alice.presence()).isEqualTo(new PresenceView(WirePresence.NOT_READY, "lunch"));
    assertThat(alice.routing()).isEqualTo(WireRoutingState.IDLE);
    assertThat(alice.queues()).containsExactly("sales");
    AgentView bob = carol.agent("bob");
    assertThat(bob.presence()).isEqualTo(new PresenceView(WirePresence.NOT_READY, "break"));
    assertThat(carol.snapshot().interactions()).as("nothing cut off is still in flight").isEmpty();
  }

  private void bobsPhoneIsReachedWithoutRegisteringAgain(
      ServiceLab lab, String api, AgentPhone bobPhone, BaresipControl secondPhone)
      throws Exception {
    QueueClient bob = signedIn(api, "bob");
    bob.changePresence("bob", ready(), null);
    lab.dialAndPress(secondPhone, "11");
    CallEvent.Incoming offered;
    try {
      offered = bobPhone.await(CallEvent.Incoming.class);
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "; the centre: " + signedIn(api, "carol").snapshot(), e);
    }
    String interaction = Objects.requireNonNull(offered.headers().get(Headers.SIP_INTERACTION));
    assertThat(interaction).isNotIn(connected, waiting);
    bobPhone.sip.answer(offered.callId()).get(5, TimeUnit.SECONDS);
    await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
    secondPhone.hangup();
    secondPhone.awaitEvent("CALL_CLOSED", WAIT);
  }

  private void assertCutOffCallsClosed(Database store) {
    Interactions interactions = new Interactions(store);
    Interaction talking = interactions.find(connected).orElseThrow();
    assertThat(talking.endReason()).isEqualTo(Recovery.CRASHED_CONNECTED);
    assertThat(talking.agent()).isEqualTo("alice");
    assertThat(talking.times().ended()).isNotNull();
    Interaction queued = interactions.find(waiting).orElseThrow();
    assertThat(queued.endReason()).isEqualTo(Recovery.CRASHED_WAITING);
    assertThat(queued.times().answered()).isNull();
    assertThat(queued.times().ended()).isNotNull();
  }

  private static PresenceView ready() {
    return new PresenceView(WirePresence.READY, null);
  }

  private static QueueClient signedIn(String api, String user) {
    QueueClient client = new QueueClient(HttpUrl.get(api), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
  }
}
