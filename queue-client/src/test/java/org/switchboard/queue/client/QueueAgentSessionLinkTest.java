package org.switchboard.queue.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.client.Fixtures.agent;
import static org.switchboard.queue.client.Fixtures.event;
import static org.switchboard.queue.client.Fixtures.interaction;
import static org.switchboard.queue.client.Fixtures.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.StandaloneAgentSession;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

@Timeout(20)
class QueueAgentSessionLinkTest {
  private static final CallId SIP_CALL = new CallId("sip-call-1");
  private static final InteractionView INTERACTION = interaction("int-9", "offered", "sales");

  private final CallEvents calls = new CallEvents();
  private final MockWebServer service = new MockWebServer();
  private final BlockingQueue<AgentSnapshot> seen = new LinkedBlockingQueue<>();

  @SuppressWarnings("NullAway.Init")
  private QueueAgentSession session;

  @SuppressWarnings("NullAway.Init")
  private EventConnection connection;

  @BeforeEach
  void start() throws Exception {
    service.start(java.net.InetAddress.getLoopbackAddress(), 0);
    QueueClient client = new QueueClient(service.url("/"), new OkHttpClient(), 0);
    connection =
        new EventConnection(
            client, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), new Random(1)));
    session =
        new QueueAgentSession(
            "ann", client, connection, calls, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    session.addListener(seen::add);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
    connection.close();
    service.shutdown();
  }

  @Test
  void theServiceAndTheDesktopUseOneInteractionHeader() {
    assertThat(StandaloneAgentSession.INTERACTION_HEADER).isEqualTo(Headers.SIP_INTERACTION);
  }

  @Test
  void anOfferMadeBeforeItsInviteNamesTheRingingCallOnceTheInviteArrives() throws Exception {
    QueueState offered = offered();
    session.stateChanged(offered);
    Offer before = Objects.requireNonNull(await(s -> s.offer() != null).offer());
    assertThat(before.call()).isNull();

    ring(Map.of("x-switchboard-interaction", "int-9"));

    Offer linked = Objects.requireNonNull(await(s -> hasCall(s.offer())).offer());
    assertThat(linked.call()).isEqualTo(SIP_CALL);
    assertThat(linked.interactionId()).isEqualTo("int-9");
    assertThat(linked.queue()).isEqualTo("Sales");
    assertThat(linked.data()).containsEntry("account", "42").containsEntry("ani", "+4930123456");
  }

  @Test
  void anInviteBeforeItsOfferLinksTheOfferWhenItComes() throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    session.stateChanged(offered());

    Offer linked = Objects.requireNonNull(await(s -> hasCall(s.offer())).offer());
    assertThat(linked.call()).isEqualTo(SIP_CALL);
  }

  @Test
  void anInviteForAnotherInteractionLeavesTheOfferUnlinked() throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-other"));
    ring(new CallId("plain"), Map.of());
    session.stateChanged(offered());

    AgentSnapshot s = await(x -> x.offer() != null);
    assertThat(Objects.requireNonNull(s.offer()).call()).isNull();
  }

  @Test
  void theWrapUpNamesTheSipCallAndFinishingItPostsTheInteraction() throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    calls.emit(new CallEvent.Ended(SIP_CALL, EndReason.REMOTE_HANGUP, 0, "bye"));
    session.stateChanged(wrappingUp());
    PendingWrapUp pending = Objects.requireNonNull(await(s -> s.wrapUp() != null).wrapUp());
    assertThat(pending.call()).isEqualTo(SIP_CALL);

    service.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(ProtocolJson.mapper().writeValueAsString(INTERACTION)));
    session.finishWrapUp(new WrapUp(SIP_CALL, "SOLD", "paid", List.of())).get(10, TimeUnit.SECONDS);

    RecordedRequest post = Objects.requireNonNull(service.takeRequest(10, TimeUnit.SECONDS));
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getPath()).isEqualTo("/api/v1/interactions/int-9/wrap-up");
    assertThat(post.getBody().readUtf8()).contains("\"disposition\":\"SOLD\"");
  }

  @Test
  void anUnlinkedWrapUpStillNamesTheInteraction() throws Exception {
    session.stateChanged(wrappingUp());

    PendingWrapUp pending = Objects.requireNonNull(await(s -> s.wrapUp() != null).wrapUp());
    assertThat(pending.call()).isEqualTo(new CallId("int-9"));
  }

  @Test
  void finishingAnotherCallsWrapUpIsRefusedWithoutAsking() throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    session.stateChanged(wrappingUp());
    await(s -> s.wrapUp() != null && SIP_CALL.equals(s.wrapUp().call()));

    assertThatThrownBy(
            () ->
                session
                    .finishWrapUp(new WrapUp(new CallId("int-9"), "SOLD", "", List.of()))
                    .get(10, TimeUnit.SECONDS))
        .hasMessageContaining("no wrap-up is pending for this call");
    assertThat(service.getRequestCount()).isZero();
  }

  @Test
  void aBlindTransferOfTheServicesCallGoesThroughTheServiceAndOtherCallsToTheSoftphone()
      throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    session.stateChanged(offered());
    await(s -> hasCall(s.offer()));
    QueueCallControl phone = new QueueCallControl(calls, session);
    service.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(ProtocolJson.mapper().writeValueAsString(INTERACTION)));

    phone.transfer(SIP_CALL, "queue:support").get(10, TimeUnit.SECONDS);
    RecordedRequest post = Objects.requireNonNull(service.takeRequest(10, TimeUnit.SECONDS));
    assertThat(post.getPath()).isEqualTo("/api/v1/interactions/int-9/transfer");
    assertThat(post.getBody().readUtf8())
        .contains("\"mode\":\"blind\"", "\"targetType\":\"queue\"", "\"target\":\"support\"");
    assertThat(calls.transfers()).as("no SIP REFER for the service's call").isEmpty();

    phone.transfer(new CallId("direct"), "2002").get(10, TimeUnit.SECONDS);
    assertThat(calls.transfers()).containsExactly("direct->2002");
    assertThat(service.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConsultOfTheServicesCallIsTheServicesOwnAndOtherCallsAreNotHosted() throws Exception {
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    session.stateChanged(offered());
    await(s -> hasCall(s.offer()));
    HostedConsults consults = new QueueCallControl(calls, session).hostedConsults().orElseThrow();
    for (int i = 0; i < 3; i++) {
      service.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody(ProtocolJson.mapper().writeValueAsString(INTERACTION)));
    }

    assertThat(consults.hosts(SIP_CALL)).isTrue();
    assertThat(consults.hosts(new CallId("direct"))).isFalse();
    consults.consult(SIP_CALL, "agent:bob").get(10, TimeUnit.SECONDS);
    consults.complete(SIP_CALL).get(10, TimeUnit.SECONDS);
    consults.cancel(SIP_CALL).get(10, TimeUnit.SECONDS);

    RecordedRequest open = Objects.requireNonNull(service.takeRequest(10, TimeUnit.SECONDS));
    assertThat(open.getPath()).isEqualTo("/api/v1/interactions/int-9/transfer");
    assertThat(open.getBody().readUtf8())
        .contains("\"mode\":\"consult\"", "\"targetType\":\"agent\"", "\"target\":\"bob\"");
    assertThat(Objects.requireNonNull(service.takeRequest(10, TimeUnit.SECONDS)).getPath())
        .isEqualTo("/api/v1/interactions/int-9/transfer/complete");
    assertThat(Objects.requireNonNull(service.takeRequest(10, TimeUnit.SECONDS)).getPath())
        .isEqualTo("/api/v1/interactions/int-9/transfer/cancel");
    assertThatThrownBy(
            () -> consults.consult(new CallId("direct"), "2002").get(10, TimeUnit.SECONDS))
        .hasMessageContaining("not a queue service call");
  }

  @Test
  void theConsultsProgressIsToldForTheCallOfTheAgentWhoHandlesIt() throws Exception {
    BlockingQueue<String> progress = new LinkedBlockingQueue<>();
    new QueueCallControl(calls, session)
        .hostedConsults()
        .orElseThrow()
        .addListener((call, state) -> progress.add(call.value() + " " + state));
    ring(Map.of(Headers.SIP_INTERACTION, "int-9"));
    ring(new CallId("bobs-view"), Map.of(Headers.SIP_INTERACTION, "int-7"));
    QueueState connected =
        base().apply(event(EventTypes.INTERACTION_CHANGED, 1, consulting("int-9", "ann", null)));

    session.stateChanged(
        connected.apply(
            event(
                EventTypes.INTERACTION_CHANGED,
                2,
                consulting("int-9", "ann", InteractionView.Consult.RINGING))));
    assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(SIP_CALL.value() + " RINGING");
    session.stateChanged(
        connected
            .apply(
                event(
                    EventTypes.INTERACTION_CHANGED,
                    2,
                    consulting("int-9", "ann", InteractionView.Consult.ANSWERED)))
            .apply(
                event(
                    EventTypes.INTERACTION_CHANGED,
                    3,
                    consulting("int-7", "bob", InteractionView.Consult.ANSWERED))));
    assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(SIP_CALL.value() + " ANSWERED");
    session.stateChanged(connected);
    assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(SIP_CALL.value() + " null");
    assertThat(progress.poll(300, TimeUnit.MILLISECONDS))
        .as("another agent's consult is not this agent's")
        .isNull();
  }

  private static InteractionView consulting(
      String id, String agent, @org.jspecify.annotations.Nullable String consult) {
    InteractionView i = interaction(id, consult == null ? "connected" : "held", "sales");
    return new InteractionView(
        i.id(),
        i.state(),
        i.ani(),
        i.dnis(),
        i.entryPoint(),
        i.queue(),
        i.language(),
        agent,
        i.data(),
        i.notes(),
        i.legs(),
        i.times(),
        i.recordingId(),
        null,
        null,
        consult == null ? null : new InteractionView.Consult(consult, "support", null, null));
  }

  @Test
  void theTransferTargetsAreTheCentresQueuesAndTheirAddressesSayHowToReachThem() throws Exception {
    session.stateChanged(offered());
    await(s -> s.offer() != null); // the session has taken the new state
    QueueTransferTargets targets = new QueueTransferTargets(session);

    assertThat(targets.search("sal").get(5, TimeUnit.SECONDS))
        .extracting(t -> t.kind() + " " + t.name() + " " + t.address())
        .containsExactly("QUEUE Sales queue:sales");
    assertThat(QueueTransferTargets.request("agent:bob").targetType()).isEqualTo("agent");
    assertThat(QueueTransferTargets.request("+4930123456").targetType()).isEqualTo("number");
  }

  @Test
  void closingStopsFollowingTheCalls() {
    assertThat(calls.listenerCount()).isEqualTo(1);
    session.close();
    assertThat(calls.listenerCount()).isZero();
  }

  private static boolean hasCall(@org.jspecify.annotations.Nullable Offer offer) {
    return offer != null && offer.call() != null;
  }

  private void ring(Map<String, String> headers) {
    ring(SIP_CALL, headers);
  }

  private void ring(CallId call, Map<String, String> headers) {
    calls.emit(
        new CallEvent.Incoming(
            call, new RemoteParty("sip:service@127.0.0.1", null, null), headers, "2001"));
  }

  private static QueueState offered() {
    return base()
        .apply(
            event(
                EventTypes.AGENT_CHANGED,
                1,
                agent("ann", WirePresence.READY, null, WireRoutingState.ALERTING, "int-9", 2)))
        .apply(event(EventTypes.OFFER_MADE, 2, offer("o-1", "ann", INTERACTION)));
  }

  private static QueueState wrappingUp() {
    return base()
        .apply(
            event(
                EventTypes.AGENT_CHANGED,
                1,
                agent("ann", WirePresence.READY, null, WireRoutingState.WRAP_UP, "int-9", 3)));
  }

  private static QueueState base() {
    return QueueState.of(Fixtures.SOURCE, Fixtures.snapshot(0, List.of()));
  }

  private AgentSnapshot await(Predicate<AgentSnapshot> p) throws InterruptedException {
    while (true) {
      AgentSnapshot s = seen.poll(10, TimeUnit.SECONDS);
      if (s == null) {
        throw new AssertionError("no matching agent state within 10 s; now " + session.snapshot());
      }
      if (p.test(s)) {
        return s;
      }
    }
  }
}
