package org.switchboard.app.hotkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.BREAK;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.agent.FakeAgentSession;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;

class HotkeyDispatcherTest {
  private final FakeCallControl phone = new FakeCallControl();
  private final CallsModel calls =
      new CallsModel(phone, Runnable::run, Clock.fixed(T0, ZoneOffset.UTC));
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private FakeAgentSession agent = new FakeAgentSession();
  private HotkeyDispatcher dispatcher =
      new HotkeyDispatcher(calls, agent, localizer, Runnable::run);

  @BeforeEach
  void follow() {
    calls.start();
  }

  private org.switchboard.app.call.CallEntry call(String id) {
    return java.util.Objects.requireNonNull(calls.find(new CallId(id)));
  }

  private void withAgent(AgentSnapshot state) {
    agent = new FakeAgentSession(state);
    dispatcher = new HotkeyDispatcher(calls, agent, localizer, Runnable::run);
  }

  @Test
  void answerPicksTheRingingCallEvenWhenAnotherIsActive() {
    phone.incoming("c1");
    assertThat(dispatcher.dispatch(HotkeyAction.ANSWER)).isTrue();
    assertThat(call("c1").status()).isEqualTo(CallStatus.TALKING);

    phone.incoming("c2");
    assertThat(java.util.Objects.requireNonNull(calls.active()).id().value())
        .as("talking stays active")
        .isEqualTo("c1");
    dispatcher.dispatch(HotkeyAction.ANSWER);

    assertThat(phone.commands).containsExactly("answer c1", "answer c2");
  }

  @Test
  void answerWithNothingRingingDoesNothing() {
    assertThat(dispatcher.dispatch(HotkeyAction.ANSWER)).isFalse();
    phone.incoming("c1");
    dispatcher.dispatch(HotkeyAction.ANSWER);

    assertThat(dispatcher.dispatch(HotkeyAction.ANSWER)).isFalse();
    assertThat(phone.commands).containsExactly("answer c1");
  }

  @Test
  void hangUpEndsTheActiveCall() {
    phone.incoming("c1");
    dispatcher.dispatch(HotkeyAction.ANSWER);

    dispatcher.dispatch(HotkeyAction.HANG_UP);

    assertThat(phone.commands).containsExactly("answer c1", "hangup c1");
    assertThat(calls.calls()).isEmpty();
    assertThat(dispatcher.dispatch(HotkeyAction.HANG_UP)).isFalse();
  }

  @Test
  void muteTogglesOnAnEstablishedCallOnly() {
    phone.incoming("c1");
    assertThat(dispatcher.dispatch(HotkeyAction.MUTE)).as("ringing: nothing to mute").isFalse();
    dispatcher.dispatch(HotkeyAction.ANSWER);

    dispatcher.dispatch(HotkeyAction.MUTE);
    assertThat(call("c1").mutedProperty().get()).isTrue();
    dispatcher.dispatch(HotkeyAction.MUTE);

    assertThat(phone.commands).containsExactly("answer c1", "mute c1 true", "mute c1 false");
    assertThat(call("c1").mutedProperty().get()).isFalse();
  }

  @Test
  void holdTogglesBetweenHoldAndResume() {
    phone.incoming("c1");
    assertThat(dispatcher.dispatch(HotkeyAction.HOLD)).isFalse();
    dispatcher.dispatch(HotkeyAction.ANSWER);

    dispatcher.dispatch(HotkeyAction.HOLD);
    assertThat(call("c1").status()).isEqualTo(CallStatus.HELD);
    dispatcher.dispatch(HotkeyAction.HOLD);

    assertThat(phone.commands).containsExactly("answer c1", "hold c1", "resume c1");
    assertThat(call("c1").status()).isEqualTo(CallStatus.TALKING);
  }

  @Test
  void aRefusedCommandIsShownInTheAgentsLanguage() {
    phone.incoming("c1");
    phone.failing.add("answer");

    dispatcher.dispatch(HotkeyAction.ANSWER);

    assertThat(dispatcher.problemProperty().get()).isEqualTo("Answer failed: no such call c1");
    localizer.languageProperty().set(Language.PERSIAN);
    assertThat(dispatcher.problemProperty().get()).isEqualTo("«پاسخ» انجام نشد: no such call c1");

    phone.failing.clear();
    dispatcher.dispatch(HotkeyAction.ANSWER);
    assertThat(dispatcher.problemProperty().get()).isEmpty();
  }

  @Test
  void toggleReadyGoesNotReadyWithTheFirstReasonAndBack() {
    withAgent(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));

    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);
    assertThat(agent.snapshot().presence()).isEqualTo(Presence.notReady(BREAK));
    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);

    assertThat(agent.requested).containsExactly(Presence.notReady(BREAK), Presence.ready());
    assertThat(agent.snapshot().presence()).isEqualTo(Presence.ready());
  }

  @Test
  void toggleReadyFromOfflineGoesReady() {
    withAgent(snapshot(Presence.offline(), null, RoutingState.IDLE, T0, List.of()));
    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);
    assertThat(agent.requested).containsExactly(Presence.ready());
  }

  @Test
  void duringACallToggleReadyFlipsThePresenceQueuedForAfterIt() {
    withAgent(snapshot(Presence.ready(), null, RoutingState.ON_CALL, T0, List.of()));

    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);
    assertThat(agent.snapshot().nextPresence()).isEqualTo(Presence.notReady(BREAK));
    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);

    assertThat(agent.requested).containsExactly(Presence.notReady(BREAK), Presence.ready());
  }

  @Test
  void toggleReadyWithoutReasonsSaysSoInsteadOfGuessing() {
    withAgent(
        new AgentSnapshot(
            Presence.ready(), T0, null, RoutingState.IDLE, T0, List.of(), List.of(), null, null));

    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);

    assertThat(agent.requested).isEmpty();
    assertThat(dispatcher.problemProperty().get())
        .isEqualTo("Ready / not ready failed: No not-ready reasons are available");
  }

  @Test
  void aRefusedPresenceChangeIsShown() {
    withAgent(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));
    agent.refuseWith = "agent is logged out";

    dispatcher.dispatch(HotkeyAction.TOGGLE_READY);

    assertThat(dispatcher.problemProperty().get())
        .isEqualTo("Ready / not ready failed: agent is logged out");
  }

  @Test
  void remoteEventsDoNotConfuseTheActiveCall() {
    phone.incoming("c1");
    dispatcher.dispatch(HotkeyAction.ANSWER);
    phone.emit(new CallEvent.Held(new CallId("c1"), org.switchboard.core.call.HoldSide.REMOTE));

    dispatcher.dispatch(HotkeyAction.HOLD);

    assertThat(phone.commands).containsExactly("answer c1", "hold c1");
  }
}
