package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

class GeneralSettingsViewModelTest {
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final GeneralSettingsViewModel vm = new GeneralSettingsViewModel(localizer);

  @Test
  void theDefaultsAreValid() {
    vm.apply(GeneralSettings.defaults());

    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.current()).isEqualTo(GeneralSettings.defaults());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://updates.example.com/feed.json",
        "ftp://updates.example.com/feed.json",
        "updates.example.com/feed.json",
        "https:///feed.json",
        "https://exa mple.com/",
        "javascript:alert(1)"
      })
  void aFeedThatIsNotAnHttpsAddressIsRefusedNamingTheField(String feed) {
    vm.updateFeedProperty().set(feed);

    assertThat(vm.updateFeedErrorProperty().get())
        .isEqualTo("Update feed: Enter an address starting with https://");
    assertThat(vm.problemsProperty().getValue()).hasSize(1);
    assertThat(vm.validProperty().get()).isFalse();
  }

  @Test
  void aFeedWithAPasswordInItIsRefused() {
    vm.updateFeedProperty().set("https://agent:secret@updates.example.com/feed.json");

    assertThat(vm.updateFeedErrorProperty().get())
        .isEqualTo("Update feed: Leave user names and passwords out of the address");
  }

  @Test
  void notifyingNeedsAFeedButTurningUpdatesOffDoesNot() {
    vm.updatesProperty().set(UpdatePolicy.NOTIFY);
    assertThat(vm.updateFeedErrorProperty().get())
        .isEqualTo("Update feed: Enter the https:// address of the feed to be told about updates");

    vm.updateFeedProperty().set("HTTPS://updates.example.com:8443/switchboard/feed.json");
    assertThat(vm.validProperty().get()).isTrue();

    vm.updateFeedProperty().set("");
    vm.updatesProperty().set(UpdatePolicy.OFF);
    assertThat(vm.validProperty().get()).isTrue();
  }

  @Test
  void theProblemFollowsTheLanguage() {
    vm.updateFeedProperty().set("http://updates.example.com/");

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.updateFeedErrorProperty().get())
        .isEqualTo("خوراک به‌روزرسانی: نشانی‌ای وارد کنید که با https:// آغاز شود");
  }

  @Test
  void whatIsAppliedComesBackTrimmed() {
    vm.apply(new GeneralSettings(true, UpdatePolicy.NOTIFY, "https://u.example.com/f"));
    vm.updateFeedProperty().set("  https://u.example.com/g  ");

    assertThat(vm.startAtLoginProperty().get()).isTrue();
    assertThat(vm.current())
        .isEqualTo(new GeneralSettings(true, UpdatePolicy.NOTIFY, "https://u.example.com/g"));
  }
}
