package org.switchboard.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;

class StandaloneAgentSessionTest {
  private static final NotReadyReason BREAK = new NotReadyReason("BREAK", "Break");
  private static final CallId CALL = new CallId("c1");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private final EventSource calls = new EventSource();
  private final LinkedBlockingQueue<AgentSnapshot> changes = new LinkedBlockingQueue<>();
  private StandaloneAgentSession session = start(WrapUpPolicy.standalone());

  private StandaloneAgentSession start(WrapUpPolicy policy) {
    StandaloneAgentSession s =
        new StandaloneAgentSession(
            calls, policy, List.of(BREAK), Presence.ready(), Clock.fixed(T0, ZoneOffset.UTC));
    s.addListener(changes::add);
    return s;
  }

  @AfterEach
  void close() {
    session.close();
  }

  private AgentSnapshot next() throws InterruptedException {
    AgentSnapshot s = changes.poll(5, TimeUnit.SECONDS);
    assertThat(s).as("a change").isNotNull();
    return s;
  }

  private AgentSnapshot settle(CompletableFuture<Void> done) throws Exception {
    done.get(5, TimeUnit.SECONDS);
    return session.snapshot();
  }

  private AgentSnapshot awaitRouting(RoutingState routing) throws InterruptedException {
    while (true) {
      AgentSnapshot s = next();
      if (s.routing() == routing) {
        return s;
      }
    }
  }

  private void incoming(Map<String, String> headers) {
    calls.emit(new CallEvent.Incoming(CALL, new RemoteParty("sip:2001@lab", null, null), headers));
  }

  @Test
  void listenersHearTheCurrentStateFirst() throws Exception {
    AgentSnapshot first = next();
    assertThat(first.presence()).isEqualTo(Presence.ready());
    assertThat(first.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(first.reasons()).containsExactly(BREAK);
  }

  @Test
  void anIncomingCallIsOfferedWithTheQueueAndWaitFromItsHeaders() throws Exception {
    incoming(
        Map.of("x-switchboard-interaction", "int-7", "x-queue", "Billing", "X-Queue-Wait", "42"));
    AgentSnapshot s = awaitRouting(RoutingState.OFFERED);
    assertThat(s.offer()).isNotNull();
    assertThat(Objects.requireNonNull(s.offer()).interactionId()).isEqualTo("int-7");
    assertThat(Objects.requireNonNull(s.offer()).queue()).isEqualTo("Billing");
    assertThat(Objects.requireNonNull(s.offer()).waited()).isEqualTo(Duration.ofSeconds(42));
    assertThat(Objects.requireNonNull(s.offer()).call()).isEqualTo(CALL);
  }

  @Test
  void answeringHoldingAndEndingWalkTheRoutingStatesIntoWrapUp() throws Exception {
    incoming(Map.of());
    awaitRouting(RoutingState.OFFERED);
    calls.emit(new CallEvent.Answered(CALL));
    assertThat(awaitRouting(RoutingState.ON_CALL).offer()).isNull();
    calls.emit(new CallEvent.Held(CALL, HoldSide.REMOTE));
    calls.emit(new CallEvent.Held(CALL, HoldSide.LOCAL));
    awaitRouting(RoutingState.HELD);
    calls.emit(new CallEvent.Resumed(CALL));
    awaitRouting(RoutingState.ON_CALL);
    calls.emit(new CallEvent.Ended(CALL, EndReason.REMOTE_HANGUP, 0, "bye"));
    AgentSnapshot s = awaitRouting(RoutingState.WRAP_UP);
    assertThat(s.wrapUp()).isNotNull();
    assertThat(Objects.requireNonNull(s.wrapUp()).call()).isEqualTo(CALL);
    assertThat(Objects.requireNonNull(s.wrapUp()).deadline()).isNull();

    AgentSnapshot after = settle(session.finishWrapUp(new WrapUp(CALL, "RESOLVED", "", List.of())));
    assertThat(after.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(after.wrapUp()).isNull();
  }

  @Test
  void aMissedCallNeedsNoWrapUp() throws Exception {
    incoming(Map.of());
    awaitRouting(RoutingState.OFFERED);
    calls.emit(new CallEvent.Ended(CALL, EndReason.CALLER_CANCELLED, 487, "cancelled"));
    AgentSnapshot s = awaitRouting(RoutingState.IDLE);
    assertThat(s.wrapUp()).isNull();
    assertThat(s.offer()).isNull();
  }

  @Test
  void aPresenceChosenDuringACallWaitsUntilWrapUpIsDone() throws Exception {
    incoming(Map.of());
    calls.emit(new CallEvent.Answered(CALL));
    awaitRouting(RoutingState.ON_CALL);
    AgentSnapshot queued = settle(session.changePresence(Presence.notReady(BREAK)));
    assertThat(queued.presence()).isEqualTo(Presence.ready());
    assertThat(queued.nextPresence()).isEqualTo(Presence.notReady(BREAK));

    calls.emit(new CallEvent.Ended(CALL, EndReason.LOCAL_HANGUP, 0, "bye"));
    awaitRouting(RoutingState.WRAP_UP);
    AgentSnapshot done = settle(session.finishWrapUp(new WrapUp(CALL, null, "", List.of())));
    assertThat(done.presence()).isEqualTo(Presence.notReady(BREAK));
    assertThat(done.nextPresence()).isNull();
  }

  @Test
  void anUnknownReasonIsRefused() {
    assertThatThrownBy(
            () ->
                session
                    .changePresence(Presence.notReady(new NotReadyReason("NAP", "Nap")))
                    .get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AgentSessionException.class);
  }

  @Test
  void aMandatoryWrapUpRefusesAMissingDispositionAndTimedOnesExtendWithinTheirLimit()
      throws Exception {
    session.close();
    WrapUpPolicy timed =
        new WrapUpPolicy(
            WrapUpMode.TIMED,
            List.of(new Disposition("OK", "OK")),
            List.of(),
            true,
            false,
            Duration.ofSeconds(30),
            Duration.ofSeconds(15),
            1);
    session = start(timed);
    calls.emit(new CallEvent.Dialing(CALL, new RemoteParty("sip:2002@lab", null, null)));
    calls.emit(new CallEvent.Ended(CALL, EndReason.BUSY, 486, "busy"));
    AgentSnapshot s = awaitRouting(RoutingState.WRAP_UP);
    assertThat(Objects.requireNonNull(s.wrapUp()).deadline()).isEqualTo(T0.plusSeconds(30));

    assertThat(Objects.requireNonNull(settle(session.extendWrapUp()).wrapUp()).deadline())
        .isEqualTo(T0.plusSeconds(45));
    assertThatThrownBy(() -> session.extendWrapUp().get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AgentSessionException.class);
    assertThatThrownBy(
            () ->
                session
                    .finishWrapUp(new WrapUp(CALL, null, "", List.of()))
                    .get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AgentSessionException.class)
        .hasMessageContaining("disposition");
    assertThat(settle(session.finishWrapUp(new WrapUp(CALL, "OK", "", List.of()))).routing())
        .isEqualTo(RoutingState.IDLE);
  }

  @Test
  void aTimedWrapUpEndsAtItsDeadlineEvenWithoutTheRequiredFields() throws Exception {
    session.close();
    WrapUpPolicy timed =
        new WrapUpPolicy(
            WrapUpMode.TIMED_NO_EARLY_EXIT,
            List.of(new Disposition("OK", "OK")),
            List.of(),
            true,
            true,
            Duration.ZERO,
            Duration.ZERO,
            0);
    session = start(timed);
    calls.emit(new CallEvent.Dialing(CALL, new RemoteParty("sip:2002@lab", null, null)));
    calls.emit(new CallEvent.Ended(CALL, EndReason.BUSY, 486, "busy"));
    awaitRouting(RoutingState.WRAP_UP);
    assertThat(settle(session.finishWrapUp(new WrapUp(CALL, null, "", List.of()))).routing())
        .isEqualTo(RoutingState.IDLE);
  }
}
