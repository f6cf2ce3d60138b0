package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;

/** Consult, attended transfer and conference from the call panel, without a toolkit. */
class ConsultTransferViewModelTest extends CallPanelTestSupport {
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
  void whenTheCallerHangsUpDuringAConsultTheConsultCallStays() {
    consultGrace();
    control.emit(new CallEvent.Answered(id("d1")));

    control.emit(new CallEvent.Ended(id("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));

    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).isEqualTo("The caller hung up");
    assertThat(active()).isEqualTo("d1");
    assertThat(vm.canTransferProperty().get()).isTrue();
  }
}
