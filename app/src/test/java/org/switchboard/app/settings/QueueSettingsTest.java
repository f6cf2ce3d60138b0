package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Secret;

/** The queue section: the agent's user id, the API password in the keychain, their checks. */
class QueueSettingsTest {
  private static final String KEY = "queue:alice@http://127.0.0.1:8070";

  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  private SettingsViewModel viewModel() {
    return new SettingsViewModel(
        new SettingsStore(dir),
        keychain,
        new FakeAudio().ports(),
        new FakeCrmSignIn(),
        localizer,
        Runnable::run,
        Runnable::run);
  }

  private static SettingsViewModel withQueue(SettingsViewModel vm) {
    SettingsViewModelTest.fillValid(vm);
    vm.queue().urlProperty().set("http://127.0.0.1:8070");
    vm.queue().userProperty().set("alice");
    return vm;
  }

  @Test
  void aQueueServiceNeedsTheAgentsUserIdAndTheProblemNamesTheSetting() {
    SettingsViewModel vm = viewModel();
    SettingsViewModelTest.fillValid(vm);
    vm.queue().urlProperty().set("https://queue.example.com");

    assertThat(vm.queue().userErrorProperty().get()).isEqualTo("Agent user ID: Required");
    assertThat(vm.problemsTextProperty().get())
        .isEqualTo("Queue service — Agent user ID: Required");
    assertThat(vm.canSaveProperty().get()).isFalse();

    vm.queue().userProperty().set("alice smith");
    assertThat(vm.queue().userErrorProperty().get())
        .isEqualTo("Agent user ID: Letters, digits and . - _ + only; no spaces or @");

    vm.queue().userProperty().set("alice");
    assertThat(vm.queue().userErrorProperty().get()).isEmpty();
    assertThat(vm.canSaveProperty().get()).isTrue();
  }

  @Test
  void aStandaloneSoftphoneNeedsNoQueueUser() {
    SettingsViewModel vm = viewModel();
    SettingsViewModelTest.fillValid(vm);

    assertThat(vm.queue().userErrorProperty().get()).isEmpty();
    assertThat(vm.queue().standaloneProperty().get()).isTrue();
  }

  @Test
  void theProblemsFollowTheLanguage() {
    SettingsViewModel vm = viewModel();
    vm.queue().urlProperty().set("https://queue.example.com");

    vm.appearance().languageProperty().set(Language.PERSIAN);

    assertThat(vm.queue().userErrorProperty().get()).startsWith("شناسهٔ کاربری کارشناس: ");
  }

  @Test
  void theApiPasswordGoesToTheKeychainUnderTheQueueKeyAndNeverToTheFile() throws Exception {
    SettingsViewModel vm = withQueue(viewModel());
    vm.queue().passwordProperty().set("alice-sample");

    assertThat(vm.save().toCompletableFuture().join()).isTrue();

    assertThat(keychain.text(KEY)).isEqualTo("alice-sample");
    String file = Files.readString(dir.resolve("account.json"));
    assertThat(file).contains("\"user\" : \"alice\"").doesNotContain("alice-sample");
    assertThat(vm.queue().passwordProperty().get()).isEmpty();
    assertThat(vm.queue().passwordSavedProperty().get()).isTrue();
    assertThat(vm.queue().passwordNoteProperty().get())
        .isEqualTo("Saved in the system keychain.\nType a new password to replace it.");
  }

  @Test
  void loadingSaysTheApiPasswordIsSavedAndANewUserTakesItAlong() throws Exception {
    SettingsViewModel first = withQueue(viewModel());
    first.save().toCompletableFuture().join();
    keychain.put(KEY, Secret.of("alice-sample"));

    SettingsViewModel vm = viewModel();
    vm.load();
    assertThat(vm.queue().userProperty().get()).isEqualTo("alice");
    assertThat(vm.queue().passwordSavedProperty().get()).isTrue();

    vm.queue().userProperty().set("bob");
    vm.save().toCompletableFuture().join();

    assertThat(keychain.entries).doesNotContainKey(KEY);
    assertThat(keychain.text("queue:bob@http://127.0.0.1:8070")).isEqualTo("alice-sample");
  }

  @Test
  void aLockedKeychainIsReportedForTheApiPasswordButTheSettingsAreSaved() throws Exception {
    SettingsViewModel vm = withQueue(viewModel());
    vm.queue().passwordProperty().set("alice-sample");
    keychain.refuse = "the keychain is locked";

    assertThat(vm.save().toCompletableFuture().join()).isTrue();

    assertThat(Files.readString(dir.resolve("account.json"))).doesNotContain("alice-sample");
    assertThat(vm.statusIsProblemProperty().get()).isTrue();
    assertThat(vm.queue().passwordNoteProperty().get()).contains("the keychain is locked");
    assertThat(vm.queue().passwordProperty().get()).isEqualTo("alice-sample");
  }

  @Test
  void theSettingsFileKeepsTheUserAndTheRulesCheckItForProvisioning() {
    DesktopSettings s =
        DesktopSettings.defaults().withQueue(new QueueSettings("https://q.example.com", "bob"));

    DesktopSettings read = SettingsJson.read(SettingsJson.write(s));

    assertThat(read.queue()).isEqualTo(new QueueSettings("https://q.example.com", "bob"));
    assertThat(SettingsRules.problem(read, "queue.user")).isEmpty();
    DesktopSettings noUser =
        DesktopSettings.defaults().withQueue(new QueueSettings("https://q.example.com", ""));
    assertThat(SettingsRules.problem(noUser, "queue.user")).contains("Required");
  }

  @Test
  void thePasswordKeyNeedsAUserAndAUrl() {
    assertThat(new QueueSettings("http://127.0.0.1:8070", " alice ").passwordKey()).isEqualTo(KEY);
    assertThat(new QueueSettings("", "alice").passwordKey()).isEmpty();
    assertThat(new QueueSettings("http://127.0.0.1:8070", "").passwordKey()).isEmpty();
  }
}
