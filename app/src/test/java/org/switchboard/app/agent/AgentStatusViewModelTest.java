package org.switchboard.app.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.BREAK;
import static org.switchboard.app.agent.FakeAgentSession.LUNCH;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.testkit.ManualClock;

class AgentStatusViewModelTest {
  private static final Executor DIRECT = Runnable::run;

  private final ManualClock clock = new ManualClock(T0);
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final FakeRegistration registration = new FakeRegistration();
  private FakeAgentSession session = new FakeAgentSession();

  private AgentStatusViewModel started(Executor ui) {
    AgentStatusViewModel vm = new AgentStatusViewModel(session, registration, localizer, ui, clock);
    vm.start();
    return vm;
  }

  private AgentStatusViewModel started() {
    return started(DIRECT);
  }

  @Test
  void timerCountsFromTheRoutingChangeAndRestartsWithTheNextState() {
    session =
        new FakeAgentSession(snapshot(Presence.ready(), null, RoutingState.ON_CALL, T0, List.of()));
    clock.advance(Duration.ofSeconds(65));
    AgentStatusViewModel vm = started();
    assertThat(vm.routingTextProperty().get()).isEqualTo("On call");
    assertThat(vm.timerTextProperty().get()).isEqualTo("01:05");

    clock.advance(Duration.ofSeconds(1));
    assertThat(vm.timerTextProperty().get()).as("only a tick moves it").isEqualTo("01:05");
    vm.tick();
    assertThat(vm.timerTextProperty().get()).isEqualTo("01:06");

    session.push(
        snapshot(Presence.ready(), null, RoutingState.WRAP_UP, clock.instant(), List.of()));
    assertThat(vm.routingTextProperty().get()).isEqualTo("Wrap-up");
    assertThat(vm.timerTextProperty().get()).isEqualTo("00:00");

    clock.advance(Duration.ofSeconds(3725));
    vm.tick();
    assertThat(vm.timerTextProperty().get()).isEqualTo("1:02:05");
  }

  @Test
  void aClockBehindTheSessionShowsZeroNotANegativeTime() {
    session =
        new FakeAgentSession(
            snapshot(Presence.ready(), null, RoutingState.IDLE, T0.plusSeconds(30), List.of()));
    AgentStatusViewModel vm = started();
    assertThat(vm.timerTextProperty().get()).isEqualTo("00:00");
  }

  @Test
  void presenceReadsAndIsColouredAsTheSessionSays() {
    AgentStatusViewModel vm = started();
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Not ready: Break");
    assertThat(vm.presenceToneProperty().get()).isEqualTo(Tone.WARNING);

    session.push(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Ready");
    assertThat(vm.presenceToneProperty().get()).isEqualTo(Tone.SUCCESS);

    session.push(snapshot(Presence.offline(), null, RoutingState.IDLE, T0, List.of()));
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Offline");
    assertThat(vm.presenceToneProperty().get()).isEqualTo(Tone.NEUTRAL);
  }

  @Test
  void theMenuOffersReadyEachReasonAndOfflineWithSanitisedLabels() {
    NotReadyReason hostile = new NotReadyReason("x y", "\u202Eevil\u202C\nreason");
    session =
        new FakeAgentSession(
            new org.switchboard.core.agent.AgentSnapshot(
                Presence.ready(),
                T0,
                null,
                RoutingState.IDLE,
                T0,
                List.of(BREAK, hostile),
                List.of(),
                null,
                null));
    AgentStatusViewModel vm = started();

    assertThat(vm.choices())
        .extracting(PresenceChoice::label)
        .containsExactly("Ready", "Break", "evil reason", "Offline");
    assertThat(vm.choices())
        .extracting(PresenceChoice::id)
        .containsExactly(
            "presence-ready", "presence-reason-BREAK", "presence-reason-x_y", "presence-offline");
    assertThat(vm.choices().get(1).presence()).isEqualTo(Presence.notReady(BREAK));
  }

  @Test
  void choosingAPresenceAsksTheSessionAndShowsTheResult() {
    AgentStatusViewModel vm = started();

    vm.changePresence(Presence.notReady(LUNCH));

    assertThat(session.requested).containsExactly(Presence.notReady(LUNCH));
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Not ready: Lunch");
    assertThat(vm.nextPresenceTextProperty().get()).isEmpty();
    assertThat(vm.problemProperty().get()).isEmpty();
  }

  @Test
  void aPresenceChosenDuringACallIsQueuedAndShownAsNext() {
    session =
        new FakeAgentSession(snapshot(Presence.ready(), null, RoutingState.ON_CALL, T0, List.of()));
    AgentStatusViewModel vm = started();

    vm.changePresence(Presence.notReady(BREAK));

    assertThat(vm.presenceTextProperty().get()).isEqualTo("Ready");
    assertThat(vm.nextPresenceTextProperty().get()).isEqualTo("After this call: Break");

    session.push(snapshot(Presence.notReady(BREAK), null, RoutingState.IDLE, T0, List.of()));
    assertThat(vm.nextPresenceTextProperty().get()).isEmpty();
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Not ready: Break");
  }

  @Test
  void aRefusedChangeIsShownNotThrownAndClearedByTheNextTry() {
    AgentStatusViewModel vm = started();
    session.refuseWith = "unknown not-ready reason";

    vm.changePresence(Presence.ready());

    assertThat(vm.problemProperty().get())
        .isEqualTo("Could not change presence: unknown not-ready reason");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Not ready: Break");

    session.refuseWith = "";
    vm.changePresence(Presence.ready());
    assertThat(vm.problemProperty().get())
        .isEqualTo("Could not change presence: the contact centre gave no reason");

    session.refuseWith = null;
    vm.changePresence(Presence.ready());
    assertThat(vm.problemProperty().get()).isEmpty();
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Ready");
  }

  @Test
  void theMenuIsBusyWhileAChangeIsOnItsWay() {
    AgentStatusViewModel vm = started();
    session.holdAnswers = true;

    vm.changePresence(Presence.ready());
    assertThat(vm.busyProperty().get()).isTrue();

    session.pending.get(0).complete(null);
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void queueFiguresShowWaitingAndLongestWaitAndHideWhenThereAreNone() {
    AgentStatusViewModel vm = started();
    assertThat(vm.queuesVisibleProperty().get()).isFalse();

    session.push(
        snapshot(
            Presence.ready(),
            null,
            RoutingState.IDLE,
            T0,
            List.of(
                new QueueFigures("Sales", 3, Duration.ofSeconds(130)),
                new QueueFigures("Support", 0, Duration.ZERO))));

    assertThat(vm.queuesVisibleProperty().get()).isTrue();
    assertThat(vm.queues())
        .extracting(QueueLine::text)
        .containsExactly(
            "Sales · waiting: 3 · longest: 02:10", "Support · waiting: 0 · longest: 00:00");
    assertThat(vm.queues()).extracting(QueueLine::tone).containsExactly(Tone.WARNING, Tone.NEUTRAL);
    assertThat(vm.queues()).extracting(QueueLine::id).containsExactly("queue0", "queue1");

    localizer.languageProperty().set(Language.PERSIAN);
    assertThat(vm.queues().get(0).text())
        .as("numbers isolated left to right inside Persian")
        .isEqualTo("Sales · در صف: \u2066۳\u2069 · بیشترین انتظار: \u2066۰۲:۱۰\u2069");

    session.push(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));
    assertThat(vm.queuesVisibleProperty().get()).isFalse();
  }

  @Test
  void registrationShowsEachStateAndWhyItFailed() {
    AgentStatusViewModel vm = started();
    RegistrationState reg = vm.registration();
    assertThat(reg.textProperty().get()).isEqualTo("Not registered");
    assertThat(reg.toneProperty().get()).isEqualTo(Tone.NEUTRAL);

    registration.emit(new RegistrationEvent.Registering());
    assertThat(reg.statusProperty().get()).isEqualTo(RegistrationStatus.REGISTERING);
    assertThat(reg.textProperty().get()).isEqualTo("Registering…");
    assertThat(reg.toneProperty().get()).isEqualTo(Tone.WARNING);

    registration.emit(new RegistrationEvent.Registered(300));
    assertThat(reg.textProperty().get()).isEqualTo("Registered");
    assertThat(reg.toneProperty().get()).isEqualTo(Tone.SUCCESS);
    assertThat(reg.detailProperty().get()).isEmpty();

    registration.emit(
        new RegistrationEvent.Failed(
            RegistrationFailure.AUTHENTICATION_REJECTED, 403, "403 Forbidden\u202E"));
    assertThat(reg.statusProperty().get()).isEqualTo(RegistrationStatus.FAILED);
    assertThat(reg.textProperty().get()).isEqualTo("Not registered: password refused");
    assertThat(reg.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(reg.detailProperty().get()).isEqualTo("403 Forbidden (SIP 403)");

    registration.emit(
        new RegistrationEvent.Failed(RegistrationFailure.UNREACHABLE, 0, "no answer in 32 s"));
    assertThat(reg.textProperty().get()).isEqualTo("Not registered: registrar unreachable");
    assertThat(reg.detailProperty().get()).isEqualTo("no answer in 32 s");

    registration.emit(
        new RegistrationEvent.Retrying(
            Duration.ofMillis(7200), RegistrationFailure.UNREACHABLE, 503, "Service Unavailable"));
    assertThat(reg.statusProperty().get()).isEqualTo(RegistrationStatus.RETRYING);
    assertThat(reg.textProperty().get())
        .isEqualTo("Not registered: registrar unreachable; trying again in 8 s");
    assertThat(reg.toneProperty().get()).isEqualTo(Tone.WARNING);
    assertThat(reg.detailProperty().get()).isEqualTo("Service Unavailable (SIP 503)");
    localizer.languageProperty().set(Language.PERSIAN);
    assertThat(reg.textProperty().get()).contains("۸ ثانیه");
    localizer.languageProperty().set(Language.ENGLISH);

    registration.emit(new RegistrationEvent.Unregistered());
    assertThat(reg.statusProperty().get()).isEqualTo(RegistrationStatus.UNREGISTERED);
  }

  @Test
  void persianTextsAndDigitsFollowTheLanguage() {
    session =
        new FakeAgentSession(snapshot(Presence.ready(), null, RoutingState.ON_CALL, T0, List.of()));
    clock.advance(Duration.ofSeconds(65));
    AgentStatusViewModel vm = started();
    vm.changePresence(Presence.notReady(BREAK));

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.routingTextProperty().get()).isEqualTo("در حال مکالمه");
    assertThat(vm.timerTextProperty().get()).isEqualTo("۰۱:۰۵");
    assertThat(vm.presenceTextProperty().get()).isEqualTo("آماده");
    assertThat(vm.nextPresenceTextProperty().get()).isEqualTo("پس از این تماس: استراحت");
    assertThat(vm.choices().get(0).label()).isEqualTo("آماده");
  }

  @Test
  void sessionAndRegistrationEventsReachThePropertiesOnlyThroughTheUiExecutor() {
    Queue<Runnable> uiQueue = new ArrayDeque<>();
    AgentStatusViewModel vm = started(uiQueue::add);
    uiQueue.clear(); // the subscription's first call

    session.push(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));
    registration.emit(new RegistrationEvent.Registered(300));
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Not ready: Break");
    assertThat(vm.registration().textProperty().get()).isEqualTo("Not registered");

    uiQueue.forEach(Runnable::run);
    assertThat(vm.presenceTextProperty().get()).isEqualTo("Ready");
    assertThat(vm.registration().textProperty().get()).isEqualTo("Registered");
  }

  @Test
  void stopUnsubscribesFromBoth() {
    AgentStatusViewModel vm = started();
    assertThat(session.listenerCount()).isEqualTo(1);
    assertThat(registration.listenerCount()).isEqualTo(1);

    vm.stop();

    assertThat(session.listenerCount()).isZero();
    assertThat(registration.listenerCount()).isZero();
  }
}
