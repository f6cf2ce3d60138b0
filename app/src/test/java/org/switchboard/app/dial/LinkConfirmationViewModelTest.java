package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;

class LinkConfirmationViewModelTest {
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final RecordingDialler dialler = new RecordingDialler();
  private final List<String> shown = dialler.shown;
  private final List<String> dialled = dialler.dialled;
  private final LinkConfirmationViewModel vm = new LinkConfirmationViewModel(dialler, localizer);

  @Test
  void aLinkIsShownAndAskedAboutButNotDialled() {
    vm.ask(DialLink.parse("sip:2001@example.com"));

    assertThat(shown).containsExactly("sip:2001@example.com");
    assertThat(dialled).isEmpty();
    assertThat(vm.askingProperty().get()).isTrue();
    assertThat(vm.questionProperty().get()).isEqualTo("Call 2001@example.com?");
  }

  @Test
  void callDialsTheLinkOnceAndEndsTheQuestion() {
    vm.ask(DialLink.parse("tel:+49-30-1234567"));

    vm.call();
    vm.call();

    assertThat(dialled).containsExactly("tel:+49301234567");
    assertThat(vm.askingProperty().get()).isFalse();
    assertThat(vm.questionProperty().get()).isEmpty();
  }

  @Test
  void cancelDialsNothing() {
    vm.ask(DialLink.parse("tel:+49-30-1234567"));

    vm.cancel();
    vm.call();

    assertThat(dialled).isEmpty();
    assertThat(vm.pendingProperty().get()).isNull();
  }

  @Test
  void aLaterLinkReplacesTheOneWaiting() {
    vm.ask(DialLink.parse("tel:2002"));
    vm.ask(DialLink.parse("callto:2003@example.com"));

    vm.call();

    assertThat(shown).containsExactly("tel:2002", "sip:2003@example.com");
    assertThat(dialled).containsExactly("sip:2003@example.com");
  }

  @Test
  void aSecureAddressIsNamedWithItsScheme() {
    vm.ask(DialLink.parse("sips:2001@example.com"));

    assertThat(vm.questionProperty().get()).isEqualTo("Call sips:2001@example.com?");
  }

  @Test
  void theQuestionFollowsTheLanguageAndKeepsTheAddressLeftToRightInPersian() {
    vm.ask(DialLink.parse("sip:2001@example.com"));

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.questionProperty().get())
        .isEqualTo("با \u20662001@example.com\u2069 تماس گرفته شود؟");
    localizer.languageProperty().set(Language.RUSSIAN);
    assertThat(vm.questionProperty().get()).isEqualTo("Позвонить 2001@example.com?");
  }
}
