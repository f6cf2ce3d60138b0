package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.core.call.CallControlException;

/** The dialler's decisions, without a toolkit: direct executors, a fake call port. */
class DialerViewModelTest {
  private final FakeCallControl control = new FakeCallControl();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final DialerViewModel vm =
      new DialerViewModel(
          new CallsModel(control, Runnable::run, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)),
          new NumberNormaliser("DE"),
          localizer,
          Runnable::run);

  @Test
  void aNationalNumberIsDialledInE164AndTheHintShowsIt() {
    vm.numberProperty().set("030 1234567");

    assertThat(vm.hintProperty().get()).isEqualTo("Dials +49 30 1234567");
    vm.dial();

    assertThat(control.dialled).containsExactly("+49301234567");
    assertThat(vm.errorProperty().get()).isEmpty();
  }

  @Test
  void keypadKeysAppendAndBackspaceRemoves() {
    for (char key : "20023".toCharArray()) {
      vm.press(key);
    }
    vm.backspace();

    assertThat(vm.numberProperty().get()).isEqualTo("2002");
    assertThat(vm.hintProperty().get()).isEqualTo("Dials 2002 as typed");
    vm.dial();
    assertThat(control.dialled).containsExactly("2002");
  }

  @Test
  void lettersAreAProblemAtOnceAndNothingIsDialled() {
    vm.numberProperty().set("12ab");

    assertThat(vm.errorProperty().get())
        .isEqualTo("Only digits, +, * and # can be dialled (or a sip: address).");
    vm.dial();
    assertThat(control.dialled).isEmpty();
  }

  @Test
  void anIncompleteNumberIsOnlyCalledTooShortWhenDialled() {
    vm.numberProperty().set("+4930");
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.hintProperty().get()).isEmpty();

    vm.dial();

    assertThat(control.dialled).isEmpty();
    assertThat(vm.errorProperty().get()).isEqualTo("This number is too short.");
    vm.press('1');
    assertThat(vm.errorProperty().get()).isEmpty();
  }

  @Test
  void dialingNothingAsksForANumber() {
    assertThat(vm.canDialProperty().get()).isFalse();

    vm.dial();

    assertThat(vm.errorProperty().get()).isEqualTo("Type a number to call.");
    assertThat(control.dialled).isEmpty();
  }

  @Test
  void aRefusedDialShowsTheReason() {
    control.failure = new CallControlException("not registered\u202E yet");
    vm.numberProperty().set("2002");

    vm.dial();

    assertThat(vm.errorProperty().get())
        .isEqualTo("The call could not be placed: not registered yet");
  }

  @Test
  void redialDialsTheLastTargetAgainAndShowsIt() {
    assertThat(vm.canRedialProperty().get()).isFalse();
    vm.numberProperty().set("030 1234567");
    vm.dial();
    vm.numberProperty().set("99");

    vm.redial();

    assertThat(vm.numberProperty().get()).isEqualTo("+49301234567");
    assertThat(control.dialled).containsExactly("+49301234567", "+49301234567");
    assertThat(vm.redialTextProperty().get()).isEqualTo("Redial +49301234567");
  }

  @Test
  void theNewestOutboundCallOffersRedialUntilSomethingIsDialled() {
    vm.rememberLastDialled("+4940123456");
    vm.rememberLastDialled("+4950123456");
    assertThat(vm.lastDialledProperty().get()).isEqualTo("+4940123456");

    vm.dial("2002");

    assertThat(vm.lastDialledProperty().get()).isEqualTo("2002");
  }

  @Test
  void aLinkIsShownInTheFieldAndDialled() {
    vm.dial(DialLink.parse("sip:alice@example.com"));

    assertThat(vm.numberProperty().get()).isEqualTo("sip:alice@example.com");
    assertThat(control.dialled).containsExactly("sip:alice@example.com");
    assertThat(vm.hintProperty().get()).isEqualTo("Calls sip:alice@example.com");
  }

  @Test
  void pastedTextIsCleaned() {
    assertThat(vm.cleanPasted("Tel.: +49 (0)30 123 45-67")).isEqualTo("+49301234567");
  }

  @Test
  void textsFollowTheLanguageAndIsolateNumbersInRightToLeftText() {
    vm.numberProperty().set("030 1234567");

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.hintProperty().get()).isEqualTo("شماره‌گیری \u2066+49 30 1234567\u2069");
  }
}
