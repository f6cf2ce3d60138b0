package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HostedConsults.State;

/**
 * Consult transfers of a queue service's call from the call panel: the service hosts them on the
 * agent's own call, so the call is neither held nor joined by a second one.
 */
class HostedConsultViewModelTest extends CallPanelTestSupport {
  @BeforeEach
  void theCallIsTheServices() {
    control.hosted.calls.add(id("c1"));
  }

  @Test
  void theServiceConsultsOnTheSameCallAndCompletingHandsTheCallerOver() {
    consultGrace();

    assertThat(control.take()).containsExactly("consultAt c1 2001");
    assertThat(vm.consultingProperty().get()).isTrue();
    assertThat(vm.messageProperty().get())
        .isEqualTo("The caller hears music; connecting you to Grace Hopper…");
    assertThat(active()).isEqualTo("c1");
    assertThat(vm.holdingProperty().get()).as("the agent talks to the target").isFalse();
    assertThat(vm.canHoldProperty().get()).as("holding would cut the agent off").isFalse();
    assertThat(vm.canTransferProperty().get()).isFalse();
    control.hosted.progress("c1", State.RINGING);
    assertThat(vm.canCompleteTransferProperty().get()).as("until Grace answers").isFalse();
    assertThat(vm.canConferenceProperty().get()).isFalse();

    control.hosted.progress("c1", State.ANSWERED);
    assertThat(vm.messageProperty().get())
        .isEqualTo("Grace Hopper is on the line; the caller hears music");
    assertThat(vm.canCompleteTransferProperty().get()).isTrue();
    assertThat(vm.canConferenceProperty().get()).as("the service joins no conference").isFalse();
    vm.completeTransfer();

    assertThat(control.take()).containsExactly("completeAt c1");
    assertThat(vm.messageProperty().get()).isEqualTo("Transferring the caller to Grace Hopper…");
    control.hosted.progress("c1", null);
    assertThat(vm.consultingProperty().get()).as("until the service lets the agent go").isTrue();
    control.emit(new CallEvent.Ended(id("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));
    assertThat(vm.messageProperty().get()).isEqualTo("Transferred");
    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void cancellingAsksTheServiceToBringTheCallerBack() {
    consultGrace();
    control.hosted.progress("c1", State.ANSWERED);
    control.take();

    vm.cancelConsult();

    assertThat(control.take()).containsExactly("cancelAt c1");
    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.canTransferProperty().get()).isTrue();
    assertThat(vm.canHoldProperty().get()).isTrue();
    assertThat(row("c1").statusProperty().get()).isEqualTo("Talking");
  }

  @Test
  void aConsultTheServiceGivesUpOnEndsWithTheCallerBack() {
    consultGrace();
    control.hosted.progress("c1", State.RINGING);

    control.hosted.progress("c1", null);

    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.messageProperty().get())
        .isEqualTo("The consult ended; you are back with the caller");
    assertThat(vm.canTransferProperty().get()).isTrue();
  }

  @Test
  void aConsultTheServiceRefusesIsShownAndTheCallStaysAsItWas() {
    control.hosted.failing.put("consultAt", "agent bob is not available for a call");

    consultGrace();

    assertThat(vm.messageProperty().get())
        .isEqualTo("Could not place the consult call: agent bob is not available for a call");
    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(control.take()).containsExactly("consultAt c1 2001");
    assertThat(vm.canTransferProperty().get()).isTrue();
  }

  @Test
  void theCallerHangingUpDuringTheConsultEndsIt() {
    consultGrace();

    control.emit(new CallEvent.Ended(id("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));

    assertThat(vm.consultingProperty().get()).isFalse();
    assertThat(vm.messageProperty().get()).isEqualTo("The caller hung up");
  }

  @Test
  void aCallTheServiceDoesNotHostIsConsultedWithASecondCall() {
    control.hosted.calls.clear();

    consultGrace();

    assertThat(control.take()).containsExactly("hold c1", "dial 2001");
  }
}
