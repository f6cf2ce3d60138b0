package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;

/** The call panel's decisions, without a toolkit: fakes for the call port and the directory. */
class CallPanelViewModelTest {
  private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private final FakeCallControl control = new FakeCallControl();
  private final FakeTransferDirectory directory = new FakeTransferDirectory();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final CallsModel calls = new CallsModel(control, Runnable::run, clock);
  private final CallPanelViewModel vm =
      new CallPanelViewModel(calls, directory, localizer, Runnable::run, clock);

  @BeforeEach
  void start() {
    calls.start();
  }

  private static CallId id(String value) {
    return new CallId(value);
  }

  private CallRow row(String call) {
    return vm.rows().stream()
        .filter(r -> r.entry().id().value().equals(call))
        .findFirst()
        .orElseThrow(() -> new AssertionError(call + " is not listed"));
  }

  private String active() {
    CallRow row = vm.activeRowProperty().get();
    return row == null ? "none" : row.entry().id().value();
  }

  private void talkingToAnn() {
    control.talking("c1", "Ann Caller", "+4930901820");
    control.take();
  }

  private void search(String text) {
    vm.transfer().searchProperty().set(text);
  }

  private void choose(String name) {
    TransferTargetRow target =
        vm.transfer().targets().stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not offered"));
    vm.transfer().selectedProperty().set(target);
  }

  private void consultGrace() {
    talkingToAnn();
    vm.openTransfer();
    search("grace");
    choose("Grace Hopper");
    vm.consult();
  }

  @Test
  void aRingingCallCanOnlyBeAnsweredOrRejected() {
    control.ring("c1", "Ann Caller", "+4930901820");

    assertThat(vm.canAnswerProperty().get()).isTrue();
    assertThat(vm.canHangUpProperty().get()).isTrue();
    assertThat(vm.canHoldProperty().get()).isFalse();
    assertThat(vm.canMuteProperty().get()).isFalse();
    assertThat(vm.canDtmfProperty().get()).isFalse();
    assertThat(vm.canTransferProperty().get()).isFalse();
    assertThat(vm.canConferenceProperty().get()).isFalse();
    assertThat(row("c1").statusProperty().get()).isEqualTo("Ringing");

    vm.answer();

    assertThat(control.take()).containsExactly("answer c1");
    assertThat(vm.canAnswerProperty().get()).isFalse();
    assertThat(vm.canHoldProperty().get()).isTrue();
    assertThat(vm.canDtmfProperty().get()).isTrue();
    assertThat(vm.canTransferProperty().get()).isTrue();
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking");
  }

  @Test
  void answeringASecondCallHoldsTheOneTheAgentTalksOn() {
    talkingToAnn();
    control.ring("c2", "Bob", "+4930901821");
    vm.select(row("c2"));

    vm.answer();

    assertThat(control.take()).containsExactly("hold c1", "answer c2");
    assertThat(active()).isEqualTo("c2");
    assertThat(row("c1").statusProperty().get()).isEqualTo("On hold");
  }

  @Test
  void hangingUpEndsTheActiveCall() {
    talkingToAnn();

    vm.hangUp();

    assertThat(control.take()).containsExactly("hangup c1");
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.activeRowProperty().get()).isNull();
    assertThat(vm.canHangUpProperty().get()).isFalse();
  }

  @Test
  void holdThenResumeAndTheStatusSaysWhoHolds() {
    talkingToAnn();

    vm.toggleHold();
    assertThat(vm.holdingProperty().get()).isTrue();
    assertThat(row("c1").statusProperty().get()).isEqualTo("On hold");
    assertThat(vm.canDtmfProperty().get()).isFalse();
    vm.toggleHold();

    assertThat(control.take()).containsExactly("hold c1", "resume c1");
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking");

    control.emit(new CallEvent.Held(id("c1"), HoldSide.REMOTE));
    assertThat(row("c1").statusProperty().get()).isEqualTo("Held by the other party");
    assertThat(vm.holdingProperty().get()).as("the hold button still holds").isFalse();
    vm.toggleHold();
    assertThat(control.take()).containsExactly("hold c1");
  }

  @Test
  void muteAndUnmute() {
    talkingToAnn();

    vm.toggleMute();
    assertThat(vm.mutedProperty().get()).isTrue();
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking · Muted");
    vm.toggleMute();

    assertThat(control.take()).containsExactly("mute c1 true", "mute c1 false");
    assertThat(vm.mutedProperty().get()).isFalse();
  }

  @Test
  void keypadDigitsGoOutAsDtmfOnlyWhileTalking() {
    talkingToAnn();

    vm.sendDtmf('5');
    vm.sendDtmf('#');
    vm.sendDtmf('x');
    vm.toggleHold();
    vm.sendDtmf('1');

    assertThat(control.take()).containsExactly("dtmf c1 5", "dtmf c1 #", "hold c1");
    assertThat(vm.dtmfSentProperty().get()).isEqualTo("5#");
  }

  @Test
  void theDigitsSentAreForgottenWhenAnotherCallBecomesActive() {
    talkingToAnn();
    vm.sendDtmf('9');
    control.ring("c2", "Bob", "+4930901821");
    vm.select(row("c2"));

    assertThat(active()).isEqualTo("c2");
    assertThat(vm.dtmfSentProperty().get()).isEmpty();
  }

  @Test
  void durationsFollowTheClockOnEachTick() {
    control.ring("c1", "Ann Caller", "+4930901820");
    clock.advance(Duration.ofSeconds(5));
    vm.tick();
    assertThat(row("c1").durationProperty().get()).as("ringing for").isEqualTo("00:05");
    control.emit(new CallEvent.Answered(id("c1")));
    clock.advance(Duration.ofSeconds(65));

    assertThat(row("c1").durationProperty().get()).as("until the tick").isEqualTo("00:00");
    vm.tick();
    assertThat(row("c1").durationProperty().get()).isEqualTo("01:05");
    clock.advance(Duration.ofHours(1));
    vm.tick();
    assertThat(row("c1").durationProperty().get()).isEqualTo("1:01:05");
  }

  @Test
  void failuresOfTheCallPortAreShownAndClearedByTheNextCommand() {
    talkingToAnn();
    control.failing.put("hold", "call c1 is not established");

    vm.toggleHold();

    assertThat(vm.messageProperty().get())
        .isEqualTo("Could not hold the call: call c1 is not established");
    assertThat(vm.messageIsProblemProperty().get()).isTrue();

    vm.toggleMute();
    assertThat(vm.messageProperty().get()).isEmpty();
    assertThat(vm.messageIsProblemProperty().get()).isFalse();
  }

  @Test
  void aFailureWithoutAReasonSaysSo() {
    control.ring("c1", "Ann Caller", "+4930901820");
    control.breaking.add("answer");

    vm.answer();

    assertThat(vm.messageProperty().get()).isEqualTo("Could not answer: no reason given");
  }

  @Test
  void blindTransferThroughTheSearchHoldsSendsAndReportsProgress() {
    talkingToAnn();
    vm.openTransfer();
    assertThat(vm.transfer().openProperty().get()).isTrue();
    assertThat(vm.transfer().targets()).hasSize(4);

    search("GRACE");
    assertThat(vm.transfer().targets())
        .extracting(TransferTargetRow::name)
        .containsExactly("Grace Hopper");
    assertThat(vm.canBlindTransferProperty().get()).as("nothing chosen").isFalse();
    choose("Grace Hopper");
    vm.blindTransfer();

    assertThat(control.take()).containsExactly("hold c1", "transfer c1 2001");
    assertThat(vm.transfer().openProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).isEqualTo("Transferring to Grace Hopper…");
    assertThat(vm.canTransferProperty().get()).as("while it is under way").isFalse();

    control.emit(new CallEvent.TransferProgress(id("c1"), 180));
    assertThat(vm.messageProperty().get()).isEqualTo("Calling the transfer target…");
    control.emit(new CallEvent.TransferProgress(id("c1"), 200));
    assertThat(vm.messageProperty().get()).isEqualTo("Transferred");
    control.emit(new CallEvent.Ended(id("c1"), EndReason.LOCAL_HANGUP, 0, "transferred"));
    assertThat(vm.rows()).isEmpty();
    assertThat(control.take()).isEmpty();
  }

  @Test
  void aRefusedBlindTransferGivesTheCallBackOffHold() {
    talkingToAnn();
    vm.openTransfer();
    choose("Billing queue");
    vm.blindTransfer();
    control.take();

    control.emit(new CallEvent.TransferProgress(id("c1"), 486));

    assertThat(vm.messageProperty().get())
        .isEqualTo("Transfer failed (486); the call is back with you");
    assertThat(vm.messageIsProblemProperty().get()).isTrue();
    assertThat(control.take()).containsExactly("resume c1");
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking");
    assertThat(vm.canTransferProperty().get()).isTrue();
  }

  @Test
  void aSecondTransferSeesItsOwnProgressEvenWhenItRepeatsTheFirst() {
    talkingToAnn();
    for (int attempt = 0; attempt < 2; attempt++) {
      vm.openTransfer();
      choose("Billing queue");
      vm.blindTransfer();
      control.emit(new CallEvent.TransferProgress(id("c1"), 486));
    }

    assertThat(control.take())
        .containsExactly(
            "hold c1",
            "transfer c1 sip:billing@example.com",
            "resume c1",
            "hold c1",
            "transfer c1 sip:billing@example.com",
            "resume c1");
  }

  @Test
  void aTransferThePortRefusesIsShownAndTheCallResumed() {
    talkingToAnn();
    control.failing.put("transfer", "call c1 is already being transferred");
    vm.openTransfer();
    choose("Billing queue");

    vm.blindTransfer();

    assertThat(vm.messageProperty().get())
        .isEqualTo("Could not transfer: call c1 is already being transferred");
    assertThat(control.take())
        .containsExactly("hold c1", "transfer c1 sip:billing@example.com", "resume c1");
  }

  @Test
  void aCallTheOtherSideHoldsIsHeldHereTooBeforeItIsSentOn() {
    talkingToAnn();
    control.emit(new CallEvent.Held(id("c1"), HoldSide.REMOTE));
    vm.openTransfer();
    choose("Grace Hopper");

    vm.blindTransfer();

    assertThat(control.take()).containsExactly("hold c1", "transfer c1 2001");
  }

  @Test
  void aCallTheAgentHoldsAlreadyIsSentOnAsItIs() {
    talkingToAnn();
    vm.toggleHold();
    vm.openTransfer();
    choose("Grace Hopper");

    vm.blindTransfer();
    control.emit(new CallEvent.TransferProgress(id("c1"), 404));

    assertThat(control.take()).containsExactly("hold c1", "transfer c1 2001", "resume c1");
  }

  @Test
  void aTypedNumberIsOfferedFirstAndChosen() {
    talkingToAnn();
    vm.openTransfer();

    search("030 1234-56");

    TransferTargetRow first = vm.transfer().targets().get(0);
    assertThat(first.typed()).isTrue();
    assertThat(first.address()).isEqualTo("030123456");
    assertThat(vm.transfer().selectedProperty().get()).isEqualTo(first);
    vm.blindTransfer();
    assertThat(control.take()).containsExactly("hold c1", "transfer c1 030123456");
    assertThat(vm.messageProperty().get()).isEqualTo("Transferring to 030123456…");
  }

  @Test
  void anAgentWhoIsNotReadyCanBeConsultedButNotSentACallBlind() {
    talkingToAnn();
    vm.openTransfer();

    choose("Alan Turing");

    assertThat(vm.canBlindTransferProperty().get()).isFalse();
    assertThat(vm.canConsultProperty().get()).isTrue();
    vm.blindTransfer();
    assertThat(control.take()).isEmpty();
  }

  @Test
  void theDirectoryBeingDownStillLetsTheAgentTypeANumber() {
    directory.unavailable = true;
    talkingToAnn();
    vm.openTransfer();
    assertThat(vm.transfer().searchFailedProperty().get()).isTrue();

    search("2005");

    assertThat(vm.transfer().targets())
        .extracting(TransferTargetRow::address)
        .containsExactly("2005");
    assertThat(vm.canBlindTransferProperty().get()).isTrue();
  }

  @Test
  void answersToOlderSearchesAreDropped() {
    directory.holdAnswers = true;
    talkingToAnn();
    vm.openTransfer();
    search("a");
    search("al");
    assertThat(vm.transfer().searchingProperty().get()).isTrue();

    directory.pending.get(2).complete(directory.matching("al"));
    directory.pending.get(1).complete(directory.matching("a"));
    directory.pending.get(0).complete(directory.matching(""));

    assertThat(vm.transfer().targets())
        .extracting(TransferTargetRow::name)
        .containsExactly("Alan Turing");
    assertThat(vm.transfer().searchingProperty().get()).isFalse();
  }

  @Test
  void consultHoldsTheCallerDialsTheTargetAndCompletesTheTransfer() {
    consultGrace();

    assertThat(control.take()).containsExactly("hold c1", "dial 2001");
    assertThat(vm.consultingProperty().get()).isTrue();
    assertThat(active()).isEqualTo("d1");
    assertThat(vm.messageProperty().get()).isEqualTo("Caller on hold; calling Grace Hopper…");
    assertThat(vm.canCompleteTransferProperty().get()).as("until Grace answers").isFalse();
    assertThat(vm.canTransferProperty().get()).isFalse();

    control.emit(new CallEvent.Answered(id("d1")));
    assertThat(vm.canCompleteTransferProperty().get()).isTrue();
    assertThat(vm.canConferenceProperty().get()).isTrue();
    vm.completeTransfer();

    assertThat(control.take()).containsExactly("attendedTransfer c1 d1");
    assertThat(vm.messageProperty().get()).isEqualTo("Transferring the caller to Grace Hopper…");
    control.emit(new CallEvent.TransferProgress(id("c1"), 200));
    assertThat(vm.messageProperty().get()).isEqualTo("Transferred");
    assertThat(vm.consultingProperty().get()).isFalse();
    control.emit(new CallEvent.Ended(id("c1"), EndReason.LOCAL_HANGUP, 0, "transferred"));
    control.emit(new CallEvent.Ended(id("d1"), EndReason.LOCAL_HANGUP, 0, "transferred"));
    assertThat(vm.messageProperty().get()).isEqualTo("Transferred");
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void anAttendedTransferTheAccountCannotDoIsShownAndTheConsultationStays() {
    control.failing.put("attendedTransfer", "attended transfer is not supported by this account");
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));

    vm.completeTransfer();

    assertThat(vm.messageProperty().get())
        .isEqualTo(
            "Could not complete the transfer:"
                + " attended transfer is not supported by this account");
    assertThat(vm.messageIsProblemProperty().get()).isTrue();
    assertThat(vm.consultingProperty().get()).isTrue();
    assertThat(vm.canCompleteTransferProperty().get()).isTrue();
  }

  @Test
  void aRefusedAttendedTransferLeavesBothCallsWithTheAgent() {
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));
    vm.completeTransfer();
    control.take();

    control.emit(new CallEvent.TransferProgress(id("c1"), 503));

    assertThat(vm.messageProperty().get())
        .isEqualTo("Transfer failed (503); both calls are still yours");
    assertThat(control.take()).as("the caller stays on hold").isEmpty();
    assertThat(vm.consultingProperty().get()).isTrue();
  }

  @Test
  void aConsultCallJoinsTheCallerInAConference() {
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));
    control.take();

    vm.conference();

    assertThat(control.take()).containsExactly("conference c1 d1");
    assertThat(vm.messageProperty().get()).isEqualTo("Conference started");
    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking · In conference");
    assertThat(vm.canConferenceProperty().get()).as("already joined").isFalse();
  }

  @Test
  void cancellingTheConsultHangsItUpAndTakesTheCallerOffHold() {
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));
    control.take();

    vm.cancelConsult();

    assertThat(control.take()).containsExactly("hangup d1", "resume c1");
    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(active()).isEqualTo("c1");
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking");
  }

  @Test
  void whenTheConsultedPartyHangsUpTheCallerIsActiveAgain() {
    consultGrace();
    control.take();

    control.emit(new CallEvent.Ended(id("d1"), EndReason.BUSY, 486, "busy"));

    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.messageProperty().get())
        .isEqualTo("The consulted party left; the caller is on hold");
    assertThat(active()).isEqualTo("c1");
    assertThat(vm.holdingProperty().get()).isTrue();
    assertThat(control.take()).isEmpty();
  }

  @Test
  void aConsultCallThatCannotBePlacedTakesTheCallerOffHold() {
    control.failing.put("dial", "invalid target");

    consultGrace();

    assertThat(control.take()).containsExactly("hold c1", "dial 2001", "resume c1");
    assertThat(vm.messageProperty().get())
        .isEqualTo("Could not place the consult call: invalid target");
    assertThat(vm.consultingProperty().get()).isFalse();
  }

  @Test
  void twoEstablishedCallsCanBeConferencedWithoutAConsult() {
    talkingToAnn();
    control.emit(new CallEvent.Held(id("c1"), HoldSide.LOCAL));
    control.talking("c2", "Bob", "+4930901821");
    control.take();

    assertThat(vm.canConferenceProperty().get()).isTrue();
    vm.conference();

    assertThat(control.take()).containsExactly("conference c1 c2");
  }

  @Test
  void theTransferPaneClosesWhenTheCallEnds() {
    talkingToAnn();
    vm.openTransfer();

    control.emit(new CallEvent.Ended(id("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));

    assertThat(vm.transfer().openProperty().get()).isFalse();
    assertThat(vm.transfer().targets()).isEmpty();
  }

  @Test
  void qualityIsGradedAndDetailed() {
    talkingToAnn();
    assertThat(row("c1").gradeProperty().get()).isNull();
    assertThat(row("c1").qualityTextProperty().get()).isEmpty();

    control.emit(
        new CallEvent.QualityChanged(
            id("c1"), new CallQuality(3.54, 2.0, Duration.ofMillis(30), Duration.ZERO)));

    assertThat(row("c1").gradeProperty().get()).isEqualTo(CallQuality.Grade.FAIR);
    assertThat(row("c1").qualityTextProperty().get()).isEqualTo("Fair");
    assertThat(row("c1").qualityDetailProperty().get())
        .isEqualTo("MOS 3.5 · loss 2 % · jitter 30 ms");

    control.emit(
        new CallEvent.QualityChanged(
            id("c1"), new CallQuality(2.1, 12.5, Duration.ofMillis(80), Duration.ofMillis(240))));
    assertThat(row("c1").qualityTextProperty().get()).isEqualTo("Poor");
    assertThat(row("c1").qualityDetailProperty().get())
        .isEqualTo("MOS 2.1 · loss 12.5 % · jitter 80 ms · round trip 240 ms");
  }

  @Test
  void namesAreSanitisedAndNumbersIsolatedInTheSummary() {
    control.ring("c1", "\u202Eevil\u202C Mallory", "+4930901820");

    assertThat(row("c1").titleProperty().get()).isEqualTo("evil Mallory");
    assertThat(row("c1").address()).isEqualTo("+4930901820");
    assertThat(row("c1").summaryProperty().get())
        .isEqualTo("evil Mallory, +4930901820, incoming, Ringing, 00:00");
  }

  @Test
  void aCallerWithoutANameOrNumberShowsTheAddress() {
    calls.apply(
        new CallEvent.Incoming(
            id("c1"), new RemoteParty("sip:reception@example.com", null, null), Map.of()));

    assertThat(row("c1").titleProperty().get()).isEqualTo("reception");
    assertThat(row("c1").hasName()).isFalse();
    assertThat(row("c1").summaryProperty().get())
        .isEqualTo("Unknown, reception, incoming, Ringing, 00:00");
  }

  @Test
  void persianTextsWithPersianDigitsAndTheRightToLeftFlag() {
    talkingToAnn();
    localizer.languageProperty().set(Language.PERSIAN);
    clock.advance(Duration.ofSeconds(65));
    vm.tick();

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(row("c1").statusProperty().get()).isEqualTo("در حال مکالمه");
    assertThat(row("c1").durationProperty().get()).isEqualTo("۰۱:۰۵");
    assertThat(row("c1").summaryProperty().get())
        .isEqualTo("Ann Caller، \u2066+4930901820\u2069، ورودی، در حال مکالمه، ۰۱:۰۵");
    control.failing.put("mute", "muting is not supported by this account");
    vm.toggleMute();
    assertThat(vm.messageProperty().get())
        .isEqualTo(
            "بی\u200Cصدا کردن ممکن نشد: \u2066muting is not supported by this account\u2069");
  }

  @Test
  void aTypedNumberInAPersianSentenceStaysLeftToRight() {
    talkingToAnn();
    vm.openTransfer();
    search("+49 30 1234");
    vm.blindTransfer();
    assertThat(vm.messageProperty().get()).isEqualTo("Transferring to +49301234…");

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.messageProperty().get()).isEqualTo("در حال انتقال به \u2066+49301234\u2069…");
  }

  @Test
  void whenTheCallerHangsUpDuringAConsultTheConsultCallStays() {
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));

    control.emit(new CallEvent.Ended(id("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));

    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).isEqualTo("The caller hung up");
    assertThat(active()).isEqualTo("d1");
    assertThat(vm.canTransferProperty().get()).isTrue();
  }

  @Test
  void nothingHappensWithoutACall() {
    vm.answer();
    vm.hangUp();
    vm.toggleHold();
    vm.toggleMute();
    vm.sendDtmf('1');
    vm.openTransfer();
    vm.blindTransfer();
    vm.consult();
    vm.completeTransfer();
    vm.conference();
    vm.cancelConsult();

    assertThat(control.commands).isEmpty();
    assertThat(vm.transfer().openProperty().get()).isFalse();
    assertThat(Objects.requireNonNull(directory.searches)).isEmpty();
    assertThat(List.of(vm.messageProperty().get())).containsExactly("");
  }

  @Test
  void unusedTargetsKindsStillListInDirectoryOrder() {
    talkingToAnn();
    vm.openTransfer();

    assertThat(vm.transfer().targets())
        .extracting(TransferTargetRow::kind)
        .containsExactly(
            TransferTarget.Kind.AGENT,
            TransferTarget.Kind.AGENT,
            TransferTarget.Kind.QUEUE,
            TransferTarget.Kind.NUMBER);
    assertThat(vm.transfer().targets().get(2).detail()).isEqualTo("3 waiting");
  }
}
