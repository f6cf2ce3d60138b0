package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.CrmSignIn;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.app.settings.AccountSettingsViewModel.PasswordState;
import org.switchboard.app.settings.CrmSettingsViewModel.SignInState;
import org.switchboard.app.settings.SettingsViewModel.Section;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.Secret;
import org.switchboard.core.device.AudioDeviceRole;

/** The whole settings screen without a toolkit: direct executors, a temp dir, fake ports. */
class SettingsViewModelTest {
  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final FakeAudio audio = new FakeAudio();
  private final FakeCrmSignIn crmSignIn = new FakeCrmSignIn();
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  private SettingsViewModel viewModel() {
    return new SettingsViewModel(
        new SettingsStore(dir),
        keychain,
        audio.ports(),
        crmSignIn,
        localizer,
        Runnable::run,
        Runnable::run);
  }

  static void fillValid(SettingsViewModel vm) {
    vm.account().valueProperty(Field.HOST).set("pbx.example.com");
    vm.account().valueProperty(Field.PORT).set("5060");
    vm.account().valueProperty(Field.USER).set("1001");
    vm.account().valueProperty(Field.DOMAIN).set("example.com");
  }

  private String file() throws Exception {
    return Files.readString(dir.resolve("account.json"));
  }

  @Test
  void theSavedDevicePreferencesAreHandedToTheRoutingAtStartUp() throws Exception {
    Files.writeString(
        dir.resolve("account.json"),
        "{\"audio\": {\"speakers\": [\"desk-out\", \"usb-headset-out\"], \"ringOnAll\": true}}");

    viewModel().load();

    assertThat(audio.routing.set).hasSize(1);
    assertThat(audio.routing.set.get(0).playback()).containsExactly("desk-out", "usb-headset-out");
    assertThat(audio.routing.set.get(0).ringOnAllPresent()).isTrue();
  }

  @Test
  void eachProblemNamesItsFieldAndSectionAndDisablesSave() {
    SettingsViewModel vm = viewModel();
    fillValid(vm);
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(vm.problemsTextProperty().get()).isEmpty();

    vm.account().valueProperty(Field.PORT).set("70000");
    vm.crm().connectorProperty().set(CrmKind.REST);
    vm.crm().locationProperty().set("http://crm.example.com");
    vm.queue().urlProperty().set("ftp://queue");
    vm.queue().userProperty().set("alice");
    vm.autoAnswer().modeProperty().set(AutoAnswerMode.ALWAYS);
    vm.autoAnswer().delayProperty().set("90");

    assertThat(vm.account().namedErrorProperty(Field.PORT).get())
        .isEqualTo("Port: Enter a port number from 1 to 65535");
    assertThat(vm.crm().locationErrorProperty().get())
        .isEqualTo("Base URL: Enter an https:// address, such as https://crm.example.com/api");
    assertThat(vm.queue().urlErrorProperty().get())
        .isEqualTo("Queue service URL: Enter an https:// address (http:// only on this computer)");
    assertThat(vm.autoAnswer().delayErrorProperty().get())
        .isEqualTo("Delay (seconds): Enter whole seconds from 0 to 60");
    assertThat(vm.problemsTextProperty().get())
        .isEqualTo(
            String.join(
                "\n",
                "Account — Port: Enter a port number from 1 to 65535",
                "CRM — Base URL: Enter an https:// address, such as https://crm.example.com/api",
                "Queue service — Queue service URL: Enter an https:// address (http:// only on"
                    + " this computer)",
                "Auto-answer — Delay (seconds): Enter whole seconds from 0 to 60"));
    assertThat(vm.canSaveProperty().get()).isFalse();
    assertThat(vm.save().toCompletableFuture().join()).isFalse();
    assertThat(dir.resolve("account.json")).doesNotExist();
  }

  @Test
  void problemsFollowTheLanguage() {
    SettingsViewModel vm = viewModel();
    vm.account().valueProperty(Field.PORT).set("0");

    vm.appearance().languageProperty().set(Language.PERSIAN);

    assertThat(vm.account().namedErrorProperty(Field.PORT).get())
        .isEqualTo("پورت: شماره پورتی از ۱ تا ۶۵۵۳۵ وارد کنید");
    assertThat(vm.rightToLeftProperty().get()).isTrue();
  }

  @Test
  void thePasswordGoesToTheKeychainAndNeverToTheFile() throws Exception {
    SettingsViewModel vm = viewModel();
    fillValid(vm);
    vm.account().passwordProperty().set("hunter2");

    assertThat(vm.save().toCompletableFuture().join()).isTrue();

    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("hunter2");
    assertThat(file()).contains("\"user\" : \"1001\"").doesNotContain("hunter2");
    assertThat(vm.account().passwordProperty().get()).isEmpty();
    assertThat(vm.account().passwordStateProperty().getValue()).isEqualTo(PasswordState.SAVED);
    assertThat(vm.account().passwordNoteProperty().get())
        .isEqualTo("Saved in the system keychain.\nType a new password to replace it.");
    assertThat(vm.statusProperty().get()).startsWith("Settings saved to ");
  }

  @Test
  void loadingSaysThePasswordIsSavedAndSaveKeepsItWhenNoneIsTyped() throws Exception {
    SettingsViewModel first = viewModel();
    fillValid(first);
    first.save();
    keychain.put("sip:1001@example.com", Secret.of("old-secret"));

    SettingsViewModel vm = viewModel();
    vm.load();

    assertThat(vm.account().passwordStateProperty().getValue()).isEqualTo(PasswordState.SAVED);
    assertThat(vm.account().passwordPresentProperty().get()).isTrue();
    vm.save();
    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("old-secret");

    vm.account().passwordProperty().set("new-secret");
    vm.save();
    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("new-secret");
  }

  @Test
  void aNewUserTakesThePasswordAlong() throws Exception {
    SettingsViewModel vm = viewModel();
    fillValid(vm);
    vm.account().passwordProperty().set("hunter2");
    vm.save();

    vm.account().valueProperty(Field.USER).set("1002");
    vm.save();

    assertThat(keychain.entries).containsOnlyKeys("sip:1002@example.com");
    assertThat(keychain.text("sip:1002@example.com")).isEqualTo("hunter2");
  }

  @Test
  void aLockedKeychainIsReportedButTheSettingsAreSaved() throws Exception {
    SettingsViewModel vm = viewModel();
    fillValid(vm);
    vm.account().passwordProperty().set("hunter2");
    keychain.refuse = "the keychain is locked";

    assertThat(vm.save().toCompletableFuture().join()).isTrue();

    assertThat(file()).contains("pbx.example.com").doesNotContain("hunter2");
    assertThat(vm.statusIsProblemProperty().get()).isTrue();
    assertThat(vm.statusProperty().get())
        .endsWith("but the keychain did not take the password: the keychain is locked");
    assertThat(vm.account().passwordNoteProperty().get())
        .startsWith("The system keychain is not available (the keychain is locked)");
    assertThat(vm.account().passwordProperty().get()).isEqualTo("hunter2");
  }

  @Test
  void anOldSettingsFileLoadsIntoEverySectionWithDefaults() throws Exception {
    Files.writeString(
        dir.resolve("account.json"),
        "{\"host\": \"pbx.example.com\", \"port\": 5060, \"transport\": \"udp\", \"user\":"
            + " \"1001\", \"domain\": \"example.com\", \"language\": \"ru\"}");
    SettingsViewModel vm = viewModel();

    vm.load();

    assertThat(vm.statusProperty().get()).isEmpty();
    assertThat(vm.account().valueProperty(Field.HOST).get()).isEqualTo("pbx.example.com");
    assertThat(localizer.language()).isEqualTo(Language.RUSSIAN);
    assertThat(vm.hotkeys().keysProperty(HotkeyAction.ANSWER).get()).isEqualTo("Ctrl+Alt+A");
    assertThat(vm.appearance().themeProperty().get()).isEqualTo(Theme.LIGHT);
    assertThat(vm.autoAnswer().modeProperty().get()).isEqualTo(AutoAnswerMode.OFF);
    assertThat(vm.queue().standaloneProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(vm.savedProperty().get().account().user()).isEqualTo("1001");
  }

  @Test
  void everySectionIsSavedAndLoadedBack() {
    SettingsViewModel vm = viewModel();
    fillValid(vm);
    vm.crm().connectorProperty().set(CrmKind.LDAP);
    vm.crm().locationProperty().set("ldaps://directory.example.com");
    vm.queue().urlProperty().set("http://127.0.0.1:8080");
    vm.queue().userProperty().set("alice");
    vm.hotkeys().keysProperty(HotkeyAction.HOLD).set("Alt+F8");
    vm.hotkeys().clear(HotkeyAction.MUTE);
    vm.appearance().themeProperty().set(Theme.DARK);
    vm.appearance().scaleProperty().set(175);
    vm.autoAnswer().modeProperty().set(AutoAnswerMode.ON_REQUEST);
    vm.autoAnswer().delayProperty().set("2");
    vm.general().startAtLoginProperty().set(true);
    vm.general().updatesProperty().set(UpdatePolicy.NOTIFY);
    vm.general().updateFeedProperty().set(" https://updates.example.com/switchboard.json ");
    vm.audio().refresh();
    vm.audio()
        .list(AudioDeviceRole.CAPTURE)
        .add(vm.audio().list(AudioDeviceRole.CAPTURE).addable().get(0));
    vm.audio().ringOnAllProperty().set(true);
    vm.audio().processing().echoCancellationProperty().set(true);
    DesktopSettings expected = vm.current();

    vm.save();
    SettingsViewModel again = viewModel();
    again.load();

    assertThat(again.current()).isEqualTo(expected);
    assertThat(again.savedProperty().get()).isEqualTo(expected);
    assertThat(expected.hotkeys().get(HotkeyAction.MUTE)).isEmpty();
    assertThat(expected.audio().devices().capture()).containsExactly("usb-headset-in");
    assertThat(expected.audio().devices().processingFor("usb-headset-in").echoCancellation())
        .isTrue();
    assertThat(expected.audio().devices().ringOnAllPresent()).isTrue();
    assertThat(audio.routing.set).last().isEqualTo(expected.audio().devices());
    assertThat(expected.autoAnswer())
        .isEqualTo(new AutoAnswerSettings(AutoAnswerMode.ON_REQUEST, 2));
    assertThat(expected.general())
        .isEqualTo(
            new GeneralSettings(
                true, UpdatePolicy.NOTIFY, "https://updates.example.com/switchboard.json"));
  }

  @Test
  void theSameHotkeyForTwoActionsIsRefusedNamingBoth() {
    SettingsViewModel vm = viewModel();
    fillValid(vm);

    vm.hotkeys().keysProperty(HotkeyAction.HANG_UP).set("Ctrl+Alt+A");

    assertThat(vm.hotkeys().errorProperty(HotkeyAction.HANG_UP).get())
        .isEqualTo("Hang up: Ctrl+Alt+A is already used for Answer");
    assertThat(vm.hotkeys().errorProperty(HotkeyAction.ANSWER).get())
        .isEqualTo("Answer: Ctrl+Alt+A is already used for Hang up");
    assertThat(vm.canSaveProperty().get()).isFalse();

    vm.hotkeys().set(HotkeyAction.HANG_UP, Hotkey.parse("Ctrl+Shift+E"));
    assertThat(vm.canSaveProperty().get()).isTrue();
  }

  @Test
  void aHotkeyWithoutCtrlAltOrMetaIsRefused() {
    SettingsViewModel vm = viewModel();
    fillValid(vm);

    vm.hotkeys().keysProperty(HotkeyAction.MUTE).set("Shift+M");

    assertThat(vm.hotkeys().errorProperty(HotkeyAction.MUTE).get())
        .isEqualTo("Mute: Needs Ctrl, Alt or Meta");
    assertThat(vm.problemsProperty(Section.HOTKEYS).getValue()).hasSize(1);
    assertThat(vm.canSaveProperty().get()).isFalse();
  }

  @Test
  void theMicrophoneIsMeteredOnlyWhileTheAudioSectionIsShown() {
    SettingsViewModel vm = viewModel();
    assertThat(audio.checks.meters).isEmpty();

    vm.selectedSectionProperty().set(Section.AUDIO);
    assertThat(audio.checks.open()).hasSize(1);
    audio.checks.open().get(0).level.accept(0.5);
    assertThat(vm.audio().tests().levelProperty().get()).isEqualTo(0.5);

    vm.showingProperty().set(false);
    assertThat(audio.checks.open()).isEmpty();
    assertThat(vm.audio().tests().levelProperty().get()).isZero();

    vm.showingProperty().set(true);
    vm.selectedSectionProperty().set(Section.HOTKEYS);
    assertThat(audio.checks.open()).isEmpty();
  }

  @Test
  void signingInToAnOAuthCrmShowsTheCodeThenSignedIn() {
    SettingsViewModel vm = viewModel();
    CrmSettingsViewModel crm = vm.crm();
    assertThat(crm.signsInProperty().get()).isFalse();

    crm.connectorProperty().set(CrmKind.SALESFORCE);
    assertThat(crm.canSignInProperty().get()).isFalse();
    crm.locationProperty().set("https://acme.my.salesforce.com");
    assertThat(crm.canSignInProperty().get()).isTrue();

    crm.signIn();
    assertThat(crmSignIn.started)
        .containsExactly(new CrmSettings(CrmKind.SALESFORCE, "https://acme.my.salesforce.com"));
    assertThat(crm.signInStatusProperty().get()).isEqualTo("Starting the sign-in…");
    CompletableFuture<Void> approved = new CompletableFuture<>();
    crmSignIn.prompt.complete(
        new CrmSignIn.Started(
            new CrmSignIn.Prompt("WDJB-MJHT", URI.create("https://login.example.com/device")),
            approved));

    assertThat(crm.signInStatusProperty().get())
        .isEqualTo("Open the link below and enter the code WDJB-MJHT");
    assertThat(crm.signInLinkProperty().get()).isEqualTo("https://login.example.com/device");
    assertThat(crm.canSignInProperty().get()).isFalse();

    approved.complete(null);
    assertThat(crm.signInStateProperty().getValue()).isEqualTo(SignInState.SIGNED_IN);
    assertThat(crm.signInStatusProperty().get()).isEqualTo("Signed in.");
  }

  @Test
  void aFailedSignInSaysWhy() {
    SettingsViewModel vm = viewModel();
    vm.crm().connectorProperty().set(CrmKind.HUBSPOT);

    vm.crm().signIn();
    crmSignIn.prompt.completeExceptionally(new IllegalStateException("no OAuth client configured"));

    assertThat(vm.crm().signInStatusProperty().get())
        .isEqualTo("Sign-in failed: no OAuth client configured");
    assertThat(vm.crm().canSignInProperty().get()).isTrue();
  }
}
