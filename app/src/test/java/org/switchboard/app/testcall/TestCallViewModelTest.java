package org.switchboard.app.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.testcall.TestCallViewModel.State;

/** The test call's logic without a toolkit: events run at once (the UI executor is direct). */
class TestCallViewModelTest {
  private final Localizer text = new Localizer(Language.ENGLISH);
  private final FakeCustomerPhone phone = new FakeCustomerPhone();
  private final TestCallViewModel vm =
      new TestCallViewModel(phone, TestCallTarget.localCentre(5070), text, Runnable::run);

  @Test
  void dialsTheLocalCentresEntryNumberByDefaultAndSaysSo() {
    assertThat(vm.targetProperty().get()).isEqualTo("sip:100@127.0.0.1:5070");
    assertThat(vm.statusProperty().get()).isEqualTo("Not in a call");

    vm.dial();

    assertThat(phone.dialled).containsExactly("sip:100@127.0.0.1:5070");
    assertThat(vm.stateProperty().get()).isEqualTo(State.CALLING);
    assertThat(vm.statusProperty().get()).isEqualTo("Calling sip:100@127.0.0.1:5070…");
    assertThat(vm.canDialProperty().get()).isFalse();
  }

  @Test
  void keysReachTheCentreOnlyOnceItAnswered() {
    vm.dial();
    vm.press('1');
    phone.answer();
    vm.press('1');
    vm.press('2');

    assertThat(phone.digits).hasToString("12");
    assertThat(vm.digitsProperty().get()).isEqualTo("12");
    assertThat(vm.statusProperty().get()).startsWith("Connected: in the IVR or the queue");
  }

  @Test
  void theEndSaysWhyAndAnotherCallCanFollowWithALateEventOfTheFirstIgnored() {
    vm.dial();
    CustomerPhone.Listener first = phone.listener();
    phone.end(CustomerPhone.EndKind.REFUSED, "unavailable (404 Not Found)");

    assertThat(vm.statusProperty().get())
        .isEqualTo("Ended: the centre refused the call (unavailable (404 Not Found))");
    assertThat(vm.canDialProperty().get()).isTrue();

    vm.targetProperty().set("sip:queue@127.0.0.1:5070");
    vm.dial();
    first.connected();

    assertThat(phone.dialled).containsExactly("sip:100@127.0.0.1:5070", "sip:queue@127.0.0.1:5070");
    assertThat(vm.stateProperty().get()).as("the first call's late event").isEqualTo(State.CALLING);
  }

  @Test
  void hangingUpEndsTheCallAsTheCustomersOwnChoice() {
    vm.dial();
    phone.answer();
    vm.hangUp();

    assertThat(phone.hangUps).isEqualTo(1);
    assertThat(vm.stateProperty().get()).isEqualTo(State.ENDED);
    assertThat(vm.statusProperty().get()).isEqualTo("Ended: you hung up");
  }

  @Test
  void aTargetThatIsNoAddressIsRefusedWithTheReasonAndNothingIsDialled() {
    vm.targetProperty().set("not an address");
    vm.dial();

    assertThat(phone.dialled).isEmpty();
    assertThat(vm.statusProperty().get())
        .isEqualTo("Not an address to call: not an address (write sip:number@host:port)");
  }

  @Test
  void theStatusFollowsTheLanguage() {
    vm.dial();
    phone.answer();
    text.languageProperty().set(Language.PERSIAN);

    assertThat(vm.statusProperty().get()).startsWith("وصل شد");
    assertThat(vm.rightToLeftProperty().get()).isTrue();
  }
}
