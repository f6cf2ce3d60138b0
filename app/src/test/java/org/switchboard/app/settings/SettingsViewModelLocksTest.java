package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.app.settings.ProvisionedSettings.Problem;
import org.switchboard.app.theme.Theme;

/** The settings view model over provisioned settings: values, locks and problems to show. */
class SettingsViewModelLocksTest {
  private static final String FILE = "/etc/switchboard/provisioning.json";

  @TempDir Path dir;
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  /** Host, port and domain provisioned, the dark theme; the host and the audio section locked. */
  private static ProvisionedSettings provisioned() {
    DesktopSettings d = DesktopSettings.defaults();
    AccountSettings account =
        new AccountSettings(
            "pbx.example.com",
            5070,
            d.account().transport(),
            "",
            "",
            "example.com",
            "",
            Language.ENGLISH);
    DesktopSettings defaults =
        new DesktopSettings(
            account,
            d.audio(),
            d.crm(),
            d.queue(),
            d.hotkeys(),
            new AppearanceSettings(Theme.DARK, 100),
            d.autoAnswer(),
            d.general());
    return new ProvisionedSettings(
        defaults,
        path -> path.equals("host") || path.equals("audio") || path.startsWith("audio."),
        List.of(new Problem(FILE, "settings.port: must be a whole number", true)));
  }

  private SettingsStore store() {
    SettingsStore store = new SettingsStore(dir);
    store.provision(provisioned());
    return store;
  }

  private SettingsViewModel viewModel() {
    return new SettingsViewModel(
        store(),
        new FakeSecretStore(),
        new FakeAudio().ports(),
        new FakeCrmSignIn(),
        localizer,
        Runnable::run,
        Runnable::run);
  }

  @Test
  void loadingShowsTheAdministratorsValuesAndLocks() throws Exception {
    Files.writeString(store().file(), "{\"host\": \"mine.example.com\", \"domain\": \"mine\"}");
    SettingsViewModel vm = viewModel();

    vm.load();

    assertThat(vm.account().valueProperty(Field.HOST).get()).isEqualTo("pbx.example.com");
    assertThat(vm.account().valueProperty(Field.DOMAIN).get()).isEqualTo("mine");
    assertThat(vm.account().valueProperty(Field.PORT).get()).isEqualTo("5070");
    assertThat(vm.appearance().themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(vm.locks().locked("host").get()).isTrue();
    assertThat(vm.locks().locked("audio.ringer").get()).isTrue();
    assertThat(vm.locks().locked("domain").get()).isFalse();
  }

  @Test
  void aProvisioningProblemIsShownInTheUsersLanguage() {
    SettingsViewModel vm = viewModel();

    vm.load();

    assertThat(vm.provisioningProblemsProperty().get())
        .isEqualTo(
            "The central configuration "
                + FILE
                + " could not be used (settings.port: must be a whole number);"
                + " its last good copy is in use.");
    localizer.languageProperty().set(Language.PERSIAN);
    assertThat(vm.provisioningProblemsProperty().get())
        .startsWith("پیکربندی مرکزی " + FILE)
        .contains("settings.port");
  }

  @Test
  void prefillingForTheWizardFillsTheFormButSavesNothingAndLeavesSavedAlone() {
    SettingsViewModel vm = viewModel();

    vm.prefill();

    assertThat(vm.account().valueProperty(Field.HOST).get()).isEqualTo("pbx.example.com");
    assertThat(vm.locks().locked("host").get()).isTrue();
    assertThat(vm.savedProperty().get()).isEqualTo(DesktopSettings.defaults());
    assertThat(store().exists()).isFalse();
  }

  @Test
  void savingLeavesLockedAndUnchangedFieldsOutOfTheUsersFile() throws Exception {
    SettingsViewModel vm = viewModel();
    vm.load();
    vm.account().valueProperty(Field.USER).set("1001");

    vm.save();

    assertThat(Files.readString(store().file()))
        .contains("\"user\" : \"1001\"")
        .doesNotContain("\"host\"", "\"port\"", "\"appearance\"", "\"audio\"");
  }
}
