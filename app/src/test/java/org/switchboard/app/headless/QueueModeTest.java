package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSessionException;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/** Queue mode without a service: the events written for snapshots, and the commands' effects. */
class QueueModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final List<NotReadyReason> REASONS =
      List.of(new NotReadyReason("break", "Break"), new NotReadyReason("lunch", "Lunch"));

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final EventWriter writer =
      new EventWriter(new PrintStream(out, true, StandardCharsets.UTF_8));
  private final FakeSession session = new FakeSession();
  private final FakeTelephony telephony = new FakeTelephony();
  private final CommandLoop loop =
      new CommandLoop(
          telephony,
          new CallTracker(),
          writer,
          null,
          new QueueCommands(new FakeLink(session), writer));

  private static AgentSnapshot snapshot(
      Presence presence,
      RoutingState routing,
      @Nullable Offer offer,
      @Nullable PendingWrapUp wrapUp,
      int waiting) {
    return new AgentSnapshot(
        presence,
        T0,
        null,
        routing,
        T0,
        REASONS,
        List.of(new QueueFigures("Sales", waiting, Duration.ofSeconds(waiting * 10L))),
        offer,
        wrapUp);
  }

  private static PendingWrapUp mandatory(String call) {
    WrapUpPolicy policy =
        new WrapUpPolicy(
            WrapUpMode.MANDATORY,
            List.of(new Disposition("resolved", "Resolved")),
            List.of(),
            true,
            false,
            Duration.ZERO,
            Duration.ZERO,
            0);
    return new PendingWrapUp(new CallId(call), policy, T0, null, 0);
  }

  @Test
  void eventsAreWrittenOnlyForWhatChanged() throws Exception {
    QueueEvents events = new QueueEvents(writer);
    Offer offer = new Offer(null, "i-1", "Sales", Duration.ofSeconds(7), Map.of("account", "4711"));
    Offer linked = new Offer(new CallId("sip-1"), "i-1", "Sales", Duration.ofSeconds(7), Map.of());

    events.onChange(snapshot(Presence.ready(), RoutingState.IDLE, null, null, 0));
    events.onChange(snapshot(Presence.ready(), RoutingState.IDLE, null, null, 0));
    events.onChange(snapshot(Presence.ready(), RoutingState.OFFERED, offer, null, 1));
    events.onChange(snapshot(Presence.ready(), RoutingState.OFFERED, linked, null, 1));
    events.onChange(snapshot(Presence.ready(), RoutingState.ON_CALL, null, null, 1));
    events.onChange(snapshot(Presence.ready(), RoutingState.WRAP_UP, null, mandatory("sip-1"), 1));
    events.onChange(snapshot(Presence.ready(), RoutingState.IDLE, null, null, 1));
    events.onConnection(QueueLink.Connection.RECONNECTING, Duration.ofMillis(500), "gone");

    List<JsonNode> written = events();
    assertThat(written)
        .extracting(e -> e.path("event").asText())
        .containsExactly(
            "agent",
            "queues", // first snapshot; the identical second writes nothing
            "agent",
            "offer",
            "queues",
            "offer", // the same offer, now with its SIP call: no offer_ended
            "agent",
            "offer_ended",
            "agent",
            "wrapup_pending",
            "agent",
            "wrapup_done",
            "queue_connection");
    assertThat(written.get(3).path("data").path("account").asText()).isEqualTo("4711");
    assertThat(written.get(3).has("call")).isFalse();
    assertThat(written.get(5).path("call").asText()).isEqualTo("sip-1");
    assertThat(written.get(4).path("queues").get(0).path("calls_waiting").asInt()).isEqualTo(1);
    JsonNode pending = written.get(9);
    assertThat(pending.path("mode").asText()).isEqualTo("mandatory");
    assertThat(pending.path("disposition_required").asBoolean()).isTrue();
    assertThat(pending.path("dispositions").get(0).asText()).isEqualTo("resolved");
    assertThat(written.get(12).path("state").asText()).isEqualTo("reconnecting");
    assertThat(written.get(12).path("retry_in_ms").asLong()).isEqualTo(500);
  }

  @Test
  void presenceCommandsGoToTheSessionAndAnUnknownReasonListsTheKnownOnes() throws Exception {
    loop.handle("{\"cmd\":\"ready\"}");
    loop.handle("{\"cmd\":\"notready\",\"reason\":\"lunch\"}");
    loop.handle("{\"cmd\":\"notready\",\"reason\":\"nap\",\"id\":\"n1\"}");
    loop.handle("{\"cmd\":\"notready\",\"id\":\"n2\"}");

    assertThat(session.presences)
        .containsExactly(Presence.ready(), Presence.notReady(new NotReadyReason("lunch", "Lunch")));
    List<JsonNode> errors = events();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("message").asText())
        .isEqualTo("unknown reason code 'nap'; the service knows break, lunch");
    assertThat(errors.get(1).path("message").asText()).contains("\"reason\"");
  }

  @Test
  void wrapupFinishesThePendingWrapUpAndARefusalIsAnError() throws Exception {
    loop.handle("{\"cmd\":\"wrapup\",\"disposition\":\"resolved\",\"id\":\"w0\"}");
    session.state = snapshot(Presence.ready(), RoutingState.WRAP_UP, null, mandatory("sip-9"), 0);
    session.refuse = true;
    loop.handle("{\"cmd\":\"wrapup\",\"notes\":\"n\",\"id\":\"w1\"}");
    session.refuse = false;
    loop.handle("{\"cmd\":\"wrapup\",\"disposition\":\"resolved\",\"notes\":\"done\"}");

    assertThat(session.wrapUps)
        .containsExactly(
            new WrapUp(new CallId("sip-9"), null, "n", List.of()),
            new WrapUp(new CallId("sip-9"), "resolved", "done", List.of()));
    List<JsonNode> errors = events();
    assertThat(errors).extracting(e -> e.path("id").asText()).containsExactly("w0", "w1");
    assertThat(errors.get(0).path("message").asText())
        .isEqualTo("no wrap-up is pending at the queue service");
    assertThat(errors.get(1).path("message").asText())
        .isEqualTo("wrapup failed: a disposition is required");
  }

  @Test
  void aHostedConsultsProgressIsWrittenWithItsCall() throws Exception {
    QueueEvents events = new QueueEvents(writer);

    events.onConsult(new CallId("c1"), HostedConsults.State.RINGING);
    events.onConsult(new CallId("c1"), HostedConsults.State.ANSWERED);
    events.onConsult(new CallId("c1"), null);

    assertThat(events())
        .extracting(
            e ->
                e.path("event").asText()
                    + " "
                    + e.path("call").asText()
                    + " "
                    + e.path("state").asText())
        .containsExactly("consult c1 ringing", "consult c1 answered", "consult c1 ended");
  }

  @Test
  void withoutAQueueSectionTheQueueCommandsAreErrors() throws Exception {
    CommandLoop standalone = new CommandLoop(telephony, new CallTracker(), writer);
    standalone.handle("{\"cmd\":\"ready\"}");
    standalone.handle("{\"cmd\":\"logout\"}");
    assertThat(events())
        .extracting(e -> e.path("message").asText())
        .containsOnly("no queue service configured (add a \"queue\" section)");
  }

  private List<JsonNode> events() throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }

  /** A session that records commands and completes them at once (or refuses wrap-ups). */
  private static final class FakeSession implements AgentSession {
    final List<Presence> presences = new ArrayList<>();
    final List<WrapUp> wrapUps = new ArrayList<>();
    AgentSnapshot state =
        QueueModeTest.snapshot(Presence.ready(), RoutingState.IDLE, null, null, 0);
    boolean refuse;

    @Override
    public AgentSnapshot snapshot() {
      return state;
    }

    @Override
    public CompletableFuture<Void> changePresence(Presence presence) {
      presences.add(presence);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> finishWrapUp(WrapUp wrapUp) {
      wrapUps.add(wrapUp);
      return refuse
          ? CompletableFuture.failedFuture(new AgentSessionException("a disposition is required"))
          : CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> extendWrapUp() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public Subscription addListener(AgentListener listener) {
      return () -> {};
    }
  }

  private record FakeLink(AgentSession session) implements QueueLink {
    @Override
    public CompletableFuture<Void> login() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> logout() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {}
  }
}
