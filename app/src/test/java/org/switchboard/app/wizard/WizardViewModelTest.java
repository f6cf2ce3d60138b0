package org.switchboard.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.app.settings.CrmKind;
import org.switchboard.app.settings.FakeAudio;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsViewModel;

/** The first-run wizard without a toolkit: direct executors, a temp dir, fake ports. */
class WizardViewModelTest {
  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final FakeAudio audio = new FakeAudio();
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  private WizardViewModel wizard() {
    SettingsViewModel form =
        new SettingsViewModel(
            new SettingsStore(dir),
            keychain,
            audio.ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    return new WizardViewModel(form, localizer);
  }

  private static void fillAccount(WizardViewModel vm) {
    vm.form().account().valueProperty(Field.HOST).set("pbx.example.com");
    vm.form().account().valueProperty(Field.USER).set("1001");
    vm.form().account().valueProperty(Field.DOMAIN).set("example.com");
  }

  @Test
  void isDueOnlyWithoutASettingsFile() throws Exception {
    assertThat(WizardViewModel.needed(new SettingsStore(dir))).isTrue();
    Files.writeString(dir.resolve("account.json"), "{}");
    assertThat(WizardViewModel.needed(new SettingsStore(dir))).isFalse();
  }

  @Test
  void startsInTheLanguageAlreadyChosen() {
    localizer.languageProperty().set(Language.ARABIC);
    WizardViewModel vm = wizard();
    assertThat(localizer.language()).isEqualTo(Language.ARABIC);
    assertThat(vm.form().current().language()).isEqualTo(Language.ARABIC);
  }

  @Test
  void startsWithTheLanguageAndAppliesItAtOnce() {
    WizardViewModel vm = wizard();
    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.LANGUAGE);
    assertThat(vm.stepProperty().get()).isEqualTo("Step 1 of 5: Language");
    assertThat(vm.canGoBackProperty().get()).isFalse();
    assertThat(vm.canGoNextProperty().get()).isTrue();

    vm.form().appearance().languageProperty().set(Language.RUSSIAN);

    assertThat(vm.stepProperty().get()).isEqualTo("Шаг 1 из 5: Язык");
  }

  @Test
  void nextStaysDisabledWhileTheAccountIsInvalidOrHasNoPassword() {
    WizardViewModel vm = wizard();
    vm.next();
    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.ACCOUNT);
    assertThat(vm.canGoNextProperty().get()).isFalse();
    assertThat(vm.problemsProperty().get()).contains("SIP server: Required", "Password: Required");

    fillAccount(vm);
    assertThat(vm.canGoNextProperty().get()).isFalse();
    assertThat(vm.problemsProperty().get()).isEqualTo("Password: Required");
    vm.next();
    assertThat(vm.pageProperty().get()).as("Next refused").isEqualTo(WizardPage.ACCOUNT);

    vm.form().account().passwordProperty().set("hunter2");
    vm.form().account().valueProperty(Field.PORT).set("0");
    assertThat(vm.problemsProperty().get()).isEqualTo("Port: Enter a port number from 1 to 65535");
    assertThat(vm.canGoNextProperty().get()).isFalse();

    vm.form().account().valueProperty(Field.PORT).set("5060");
    assertThat(vm.canGoNextProperty().get()).isTrue();
    assertThat(vm.problemsProperty().get()).isEmpty();
  }

  @Test
  void walkingThroughMetersTheMicrophoneOnlyOnTheAudioPageAndFinishingSavesAll() throws Exception {
    WizardViewModel vm = wizard();
    vm.next();
    fillAccount(vm);
    vm.form().account().passwordProperty().set("hunter2");
    vm.next();
    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.AUDIO);
    assertThat(audio.checks.open()).hasSize(1);
    assertThat(
            vm.form().audio().list(org.switchboard.core.device.AudioDeviceRole.CAPTURE).addable())
        .hasSize(1);

    vm.next();
    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.CRM);
    assertThat(audio.checks.open()).isEmpty();
    vm.form().crm().connectorProperty().set(CrmKind.ZENDESK);
    assertThat(vm.canGoNextProperty().get()).isFalse();
    assertThat(vm.problemsProperty().get()).isEqualTo("Base URL: Required");
    vm.form().crm().locationProperty().set("https://acme.zendesk.com");

    vm.next();
    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.DONE);
    assertThat(vm.lastPageProperty().get()).isTrue();
    assertThat(vm.canGoNextProperty().get()).isFalse();
    assertThat(vm.canFinishProperty().get()).isTrue();

    assertThat(vm.finish().toCompletableFuture().join()).isTrue();

    assertThat(vm.finishedProperty().get()).isTrue();
    assertThat(vm.canFinishProperty().get()).isFalse();
    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("hunter2");
    String file = Files.readString(dir.resolve("account.json"));
    assertThat(file).contains("\"connector\" : \"zendesk\"").doesNotContain("hunter2");
    assertThat(new SettingsStore(dir).load().desktop()).isEqualTo(vm.form().current());
  }

  @Test
  void backReturnsKeepingWhatWasTyped() {
    WizardViewModel vm = wizard();
    vm.next();
    fillAccount(vm);
    vm.form().account().passwordProperty().set("hunter2");
    vm.next();

    vm.back();

    assertThat(vm.pageProperty().get()).isEqualTo(WizardPage.ACCOUNT);
    assertThat(vm.form().account().valueProperty(Field.USER).get()).isEqualTo("1001");
    assertThat(audio.checks.open()).isEmpty();
  }

  @Test
  void aFailedSaveKeepsTheWizardOpen() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    SettingsViewModel form =
        new SettingsViewModel(
            new SettingsStore(notADirectory),
            keychain,
            audio.ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    WizardViewModel vm = new WizardViewModel(form, localizer);
    vm.next();
    fillAccount(vm);
    vm.form().account().passwordProperty().set("hunter2");
    vm.next();
    vm.next();
    vm.next();

    assertThat(vm.finish().toCompletableFuture().join()).isFalse();

    assertThat(vm.finishedProperty().get()).isFalse();
    assertThat(vm.canFinishProperty().get()).isTrue();
    assertThat(form.statusProperty().get()).startsWith("Could not save the settings to ");
    assertThat(keychain.entries).isEmpty();
  }
}
