package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.core.account.SipTransport;

/** The view model without a JavaFX toolkit: direct executors, a real file in a temp dir. */
class AccountSettingsViewModelTest {
  @TempDir Path dir;

  private AccountSettingsViewModel viewModel(Path settingsDir) {
    return new AccountSettingsViewModel(
        new SettingsStore(settingsDir),
        new Localizer(Language.ENGLISH),
        Runnable::run,
        Runnable::run);
  }

  private static void fillValid(AccountSettingsViewModel vm) {
    vm.valueProperty(Field.HOST).set("pbx.example.com");
    vm.valueProperty(Field.PORT).set("5060");
    vm.valueProperty(Field.USER).set("1001");
    vm.valueProperty(Field.DOMAIN).set("example.com");
    vm.valueProperty(Field.DISPLAY_NAME).set("Agent Smith");
    vm.passwordProperty().set("hunter2");
  }

  @Test
  void anInvalidPortIsNamedAndSaveIsDisabled() {
    AccountSettingsViewModel vm = viewModel(dir);
    fillValid(vm);
    assertThat(vm.canSaveProperty().get()).isTrue();

    vm.valueProperty(Field.PORT).set("70000");

    assertThat(vm.errorProperty(Field.PORT).get()).isEqualTo("Enter a port number from 1 to 65535");
    assertThat(vm.errorProperty(Field.HOST).get()).isEmpty();
    assertThat(vm.validProperty().get()).isFalse();
    assertThat(vm.canSaveProperty().get()).isFalse();
  }

  @Test
  void emptyRequiredFieldsAndBadCharactersAreNamed() {
    AccountSettingsViewModel vm = viewModel(dir);
    vm.valueProperty(Field.USER).set("a b@c");
    vm.valueProperty(Field.AUTH_USER).set("");

    assertThat(vm.errorProperty(Field.HOST).get()).isEqualTo("Required");
    assertThat(vm.errorProperty(Field.DOMAIN).get()).isEqualTo("Required");
    assertThat(vm.errorProperty(Field.USER).get()).startsWith("Letters, digits");
    assertThat(vm.errorProperty(Field.AUTH_USER).get()).isEmpty();
    assertThat(vm.canSaveProperty().get()).isFalse();
  }

  @Test
  void saveWritesTheFileWithoutThePassword() throws Exception {
    AccountSettingsViewModel vm = viewModel(dir);
    fillValid(vm);
    vm.transportProperty().set(SipTransport.TLS);

    vm.save();

    String json = Files.readString(dir.resolve("account.json"));
    // Only what differs from the defaults is recorded (English is the default language).
    assertThat(json)
        .contains("\"host\" : \"pbx.example.com\"", "\"transport\" : \"tls\"")
        .doesNotContain("hunter2", "\"language\"");
    assertThat(vm.statusProperty().get())
        .isEqualTo("Settings saved to " + dir.resolve("account.json"));
    assertThat(vm.statusIsProblemProperty().get()).isFalse();
    assertThat(new SettingsStore(dir).load().settings()).isEqualTo(vm.current());
  }

  @Test
  void saveDoesNothingWhileInvalid() {
    AccountSettingsViewModel vm = viewModel(dir);
    vm.save();
    assertThat(dir.resolve("account.json")).doesNotExist();
  }

  @Test
  void aFailedSaveIsReported() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    AccountSettingsViewModel vm = viewModel(notADirectory);
    fillValid(vm);

    vm.save();

    assertThat(vm.statusProperty().get()).startsWith("Could not save the settings to ");
    assertThat(vm.statusIsProblemProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isTrue();
  }

  @Test
  void loadShowsTheSavedSettingsAndLanguage() throws Exception {
    new SettingsStore(dir)
        .save(
            new AccountSettings(
                "10.0.0.1",
                5080,
                SipTransport.TCP,
                "1002",
                "auth2",
                "d.example",
                "Bo",
                Language.RUSSIAN));
    AccountSettingsViewModel vm = viewModel(dir);

    vm.load();

    assertThat(vm.valueProperty(Field.HOST).get()).isEqualTo("10.0.0.1");
    assertThat(vm.valueProperty(Field.PORT).get()).isEqualTo("5080");
    assertThat(vm.transportProperty().get()).isEqualTo(SipTransport.TCP);
    assertThat(vm.languageProperty().get()).isEqualTo(Language.RUSSIAN);
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void aCorruptFileIsNamedRenamedToBadAndDefaultsAreUsed() throws Exception {
    Path file = Files.writeString(dir.resolve("account.json"), "{\"host\": ");
    AccountSettingsViewModel vm = viewModel(dir);

    vm.load();

    assertThat(dir.resolve("account.json.bad")).hasContent("{\"host\": ");
    assertThat(file).doesNotExist();
    assertThat(vm.valueProperty(Field.PORT).get()).isEqualTo("5060");
    assertThat(vm.statusProperty().get())
        .contains(file.toString(), "malformed JSON", dir.resolve("account.json.bad").toString());
    assertThat(vm.statusIsProblemProperty().get()).isTrue();
  }

  @Test
  void choosingPersianMirrorsTheLayoutAndTranslatesMessages() {
    AccountSettingsViewModel vm = viewModel(dir);
    vm.valueProperty(Field.PORT).set("0");
    assertThat(vm.rightToLeftProperty().get()).isFalse();

    vm.languageProperty().set(Language.PERSIAN);

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.errorProperty(Field.PORT).get()).isEqualTo("شماره پورتی از ۱ تا ۶۵۵۳۵ وارد کنید");
    assertThat(vm.errorProperty(Field.HOST).get()).isEqualTo("الزامی است");
  }
}
