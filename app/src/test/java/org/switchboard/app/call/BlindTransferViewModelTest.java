package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;

/** Blind transfer from the call panel and the transfer pane's search, without a toolkit. */
class BlindTransferViewModelTest extends CallPanelTestSupport {
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
  void aRefusedBlindTransferIsShownAndThePortGivesTheCallBackOffHold() {
    talkingToAnn();
    vm.openTransfer();
    choose("Billing queue");
    vm.blindTransfer();
    control.take();

    control.emit(new CallEvent.TransferProgress(id("c1"), 486));
    // As CallControl#transfer promises, the port resumes the call it holds.
    control.emit(new CallEvent.TransferFailed(id("c1"), 486, "Busy Here"));
    control.emit(new CallEvent.Resumed(id("c1")));

    assertThat(vm.messageProperty().get())
        .isEqualTo("Transfer failed (486); the call is back with you");
    assertThat(vm.messageIsProblemProperty().get()).isTrue();
    assertThat(control.take()).as("the panel leaves resuming to the port").isEmpty();
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
      control.emit(new CallEvent.Resumed(id("c1"))); // the port takes it back off hold
    }

    assertThat(control.take())
        .containsExactly(
            "hold c1",
            "transfer c1 sip:billing@example.com",
            "hold c1",
            "transfer c1 sip:billing@example.com");
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

    assertThat(control.take()).containsExactly("hold c1", "transfer c1 2001");
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
