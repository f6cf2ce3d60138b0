package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;

/** The call panel's decisions for the calls themselves, without a toolkit. */
class CallPanelViewModelTest extends CallPanelTestSupport {
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
}
