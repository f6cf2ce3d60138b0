package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.testkit.ManualClock;

/** The notification's decisions, without a toolkit: events in, calls and ringing out. */
class IncomingCallViewModelTest {
  private static final String LRI = "\u2066";
  private static final String PDI = "\u2069";

  private final FakeCallControl control = new FakeCallControl();
  private final FakeAgentSession session = new FakeAgentSession();
  private final FakeRinger ringer = new FakeRinger();
  private final ManualClock clock = new ManualClock(Instant.parse("2025-05-01T10:00:00Z"));
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final Map<CallId, StringProperty> summaries = new HashMap<>();
  private final CallsModel calls = new CallsModel(control, Runnable::run, clock);
  private final IncomingCallViewModel vm =
      new IncomingCallViewModel(
          calls,
          session,
          id -> summaries.computeIfAbsent(id, k -> new SimpleStringProperty("")),
          ringer,
          localizer,
          Runnable::run,
          clock);

  @BeforeEach
  void start() {
    calls.start();
    vm.start();
  }

  private IncomingCall only() {
    assertThat(vm.calls()).hasSize(1);
    return vm.calls().get(0);
  }

  @Test
  void anOfferedCallShowsItsCallerAndRings() {
    control.incoming("c1", "+4930901820", "Ada Lovelace");

    IncomingCall call = only();
    assertThat(call.id()).isEqualTo(new CallId("c1"));
    assertThat(call.name()).isEqualTo("Ada Lovelace");
    assertThat(call.number()).isEqualTo("+4930901820");
    assertThat(call.waitedProperty().get()).isEqualTo("Waiting 0:00");
    assertThat(call.queueProperty().get()).isEmpty();
    assertThat(vm.showingProperty().get()).isTrue();
    assertThat(vm.titleProperty().get()).isEqualTo("Incoming call");
    assertThat(vm.ringingProperty().get()).isTrue();
    assertThat(ringer.calls).containsExactly("start");
  }

  @Test
  void theOfferForTheCallGivesQueueAndWaitWhicheverArrivesFirst() {
    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ofSeconds(95)));
    control.incoming("c1", "+4930901820", "Ada");
    control.incoming("c2", "+4930901821", "Bob");
    session.offer(FakeAgentSession.offer("c2", "Sales", Duration.ofSeconds(5)));

    IncomingCall c1 = Objects.requireNonNull(vm.find(new CallId("c1")));
    IncomingCall c2 = Objects.requireNonNull(vm.find(new CallId("c2")));
    assertThat(c1.queueProperty().get()).isEqualTo("Queue: Billing");
    assertThat(c1.waitedProperty().get()).isEqualTo("Waiting 1:35");
    assertThat(c2.queueProperty().get()).isEqualTo("Queue: Sales");
    assertThat(c2.waitedProperty().get()).isEqualTo("Waiting 0:05");
  }

  @Test
  void anOfferForAnotherCallIsIgnoredAndAnEndedOfferKeepsTheQueue() {
    control.incoming("c1", "+4930901820", "Ada");
    session.offer(FakeAgentSession.offer("c9", "Sales", Duration.ZERO));
    assertThat(only().queueProperty().get()).isEmpty();

    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ZERO));
    session.offer(null);

    assertThat(only().queueProperty().get()).isEqualTo("Queue: Billing");
  }

  @Test
  void theWaitTimeTicksWithTheClock() {
    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ofSeconds(3590)));
    control.incoming("c1", "+4930901820", "Ada");

    clock.advance(Duration.ofSeconds(12));
    vm.tick();

    assertThat(only().waitedProperty().get()).isEqualTo("Waiting 1:00:02");
  }

  @Test
  void answeringSendsAnswerStopsTheRingAndTheCardGoesWhenTheCallIsAnswered() {
    control.incoming("c1", "+4930901820", "Ada");
    IncomingCall call = only();

    call.answer();

    assertThat(control.commands).containsExactly("answer c1");
    assertThat(call.busyProperty().get()).isTrue();
    assertThat(ringer.calls).containsExactly("start", "stop");
    assertThat(vm.calls()).containsExactly(call);

    call.answer();
    assertThat(control.commands).containsExactly("answer c1");

    control.answered("c1");
    assertThat(vm.calls()).isEmpty();
    assertThat(vm.showingProperty().get()).isFalse();
  }

  @Test
  void rejectingSendsBusyHereAndTheCardGoesWhenTheCallEnds() {
    control.incoming("c1", "+4930901820", "Ada");

    only().reject();
    assertThat(control.commands).containsExactly("reject c1 486");
    control.rejected("c1");

    assertThat(vm.calls()).isEmpty();
    assertThat(ringer.ringing).isFalse();
  }

  @Test
  void theCallerHangingUpRemovesTheCardAndSilencesTheRinger() {
    control.incoming("c1", "+4930901820", "Ada");

    control.callerCancelled("c1");

    assertThat(vm.calls()).isEmpty();
    assertThat(ringer.calls).containsExactly("start", "stop");
  }

  @Test
  void answeredElsewhereRemovesTheCard() {
    control.incoming("c1", "+4930901820", "Ada");

    control.answered("c1"); // e.g. the global hotkey or the call panel

    assertThat(vm.calls()).isEmpty();
    assertThat(ringer.ringing).isFalse();
  }

  @Test
  void severalRingingCallsAreStackedNewestFirstAndRingUntilTheLastGoes() {
    control.incoming("c1", "+4930901820", "Ada");
    control.incoming("c2", "+4930901821", "Bob");

    assertThat(vm.calls()).extracting(IncomingCall::name).containsExactly("Bob", "Ada");
    assertThat(vm.titleProperty().get()).isEqualTo("Incoming calls: 2");
    assertThat(ringer.calls).containsExactly("start");

    control.callerCancelled("c2");
    assertThat(vm.calls()).extracting(IncomingCall::name).containsExactly("Ada");
    assertThat(ringer.ringing).isTrue();

    control.callerCancelled("c1");
    assertThat(ringer.calls).containsExactly("start", "stop");
  }

  @Test
  void aFailedAnswerReEnablesTheButtonsSaysSoAndRingsAgain() {
    control.failing.add("answer");
    control.incoming("c1", "+4930901820", "Ada");
    IncomingCall call = only();

    call.answer();

    assertThat(call.busyProperty().get()).isFalse();
    assertThat(call.errorProperty().get()).isEqualTo("The call could not be answered.");
    assertThat(ringer.calls).containsExactly("start", "stop", "start");
    assertThat(vm.calls()).containsExactly(call);
  }

  @Test
  void untrustedNamesLoseTheirBidiControlsAndAnAddressStandsInForAMissingNumber() {
    control.emit(
        new CallEvent.Incoming(
            new CallId("c1"),
            new RemoteParty("sip:alice\u202E@example.com", "Eve\u202Egnp.exe\n", null),
            Map.of()));

    IncomingCall call = only();
    assertThat(call.name()).isEqualTo("Evegnp.exe");
    assertThat(call.number()).isEqualTo("alice@example.com");
  }

  @Test
  void theCustomerSummaryFollowsTheCrm() {
    control.incoming("c1", "+4930901820", "Ada");
    IncomingCall call = only();
    StringProperty summary = Objects.requireNonNull(summaries.get(new CallId("c1")));
    summary.set("Searching CRM…");
    assertThat(call.summaryProperty().get()).isEqualTo("Searching CRM…");

    summary.set("Ada Lovelace · Engines Ltd");

    assertThat(call.summaryProperty().get()).isEqualTo("Ada Lovelace · Engines Ltd");
  }

  @Test
  void outboundCallsAreNotNotified() {
    control.emit(
        new CallEvent.Dialing(new CallId("o1"), new RemoteParty("sip:1@example.com", null, null)));

    assertThat(vm.calls()).isEmpty();
    assertThat(ringer.calls).isEmpty();
  }

  @Test
  void callsAlreadyRingingAtStartAreShownAndCloseSilencesEverything() {
    vm.close();
    control.incoming("c1", "+4930901820", "Ada");
    assertThat(vm.calls()).isEmpty();

    vm.start();
    assertThat(only().name()).isEqualTo("Ada");
    assertThat(ringer.ringing).isTrue();

    vm.close();
    assertThat(vm.calls()).isEmpty();
    assertThat(ringer.ringing).isFalse();
    control.incoming("c2", "+4930901821", "Bob");
    assertThat(vm.calls()).isEmpty();
  }

  @Test
  void persianShowsPersianTextsAndDigitsWithTheTimeIsolatedLeftToRight() {
    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ofSeconds(65)));
    control.incoming("c1", "+4930901820", "Ada");

    localizer.languageProperty().set(Language.PERSIAN);

    IncomingCall call = only();
    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.titleProperty().get()).isEqualTo("تماس ورودی");
    assertThat(call.queueProperty().get()).isEqualTo("صف: Billing");
    assertThat(call.waitedProperty().get()).isEqualTo("انتظار " + LRI + "۱:۰۵" + PDI);
    assertThat(call.number()).isEqualTo("+4930901820");
  }
}
