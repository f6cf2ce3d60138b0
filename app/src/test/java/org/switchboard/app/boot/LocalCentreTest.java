package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.wizard.WizardViewModel;
import org.switchboard.core.account.SipTransport;

/** The "local centre" settings profile of {@code switchboard --local-centre}. */
class LocalCentreTest {
  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();

  @Test
  void theOptionIsFoundAndTakenOutOfTheArguments() {
    List<String> args = List.of("--local-centre", "tel:+4930123");

    assertThat(LocalCentre.requested(args)).isTrue();
    assertThat(LocalCentre.others(args)).containsExactly("tel:+4930123");
    assertThat(LocalCentre.requested(List.of("tel:+4930123"))).isFalse();
  }

  @Test
  void aFirstStartWritesTheSampleAgentAndItsPasswordsAndSkipsTheWizard() throws Exception {
    Path usual = dir.resolve("switchboard");
    Path profile = LocalCentre.settingsDir(usual);

    assertThat(LocalCentre.prepare(profile, keychain, Map.of())).isTrue();

    SettingsStore store = new SettingsStore(profile);
    DesktopSettings s = store.load().desktop();
    AccountSettings a = s.account();
    assertThat(profile).isEqualTo(usual.resolve("local-centre"));
    assertThat(List.of(a.host(), a.domain(), a.user(), a.displayName()))
        .containsExactly("127.0.0.1", "127.0.0.1", "1001", "alice");
    assertThat(a.port()).isEqualTo(5070);
    assertThat(a.transport()).isEqualTo(SipTransport.UDP);
    assertThat(s.queue()).isEqualTo(new QueueSettings("http://127.0.0.1:8070", "alice"));
    assertThat(keychain.text(a.passwordKey())).isEqualTo("alice-phone");
    assertThat(keychain.text(s.queue().passwordKey())).isEqualTo("alice-sample");
    assertThat(Files.readString(store.file())).doesNotContain("alice-phone", "alice-sample");
    assertThat(WizardViewModel.needed(store)).isFalse();
    assertThat(new SettingsStore(usual).exists())
        .as("the normal settings stay untouched")
        .isFalse();
  }

  @Test
  void theAgentsOwnChangesAreKeptOnTheNextStart() throws Exception {
    Path profile = LocalCentre.settingsDir(dir);
    LocalCentre.prepare(profile, keychain, Map.of());
    SettingsStore store = new SettingsStore(profile);
    DesktopSettings changed =
        store.load().desktop().withQueue(new QueueSettings("http://127.0.0.1:9999", "alice"));
    store.save(changed);
    keychain.entries.clear();

    assertThat(LocalCentre.prepare(profile, keychain, Map.of())).isFalse();

    assertThat(store.load().desktop().queue().url()).isEqualTo("http://127.0.0.1:9999");
    assertThat(keychain.entries).isEmpty();
  }

  @Test
  void environmentVariablesOverrideTheSample() throws Exception {
    Map<String, String> env =
        Map.of(
            "SWITCHBOARD_LOCAL_CENTRE_USER", "bob",
            "SWITCHBOARD_LOCAL_CENTRE_EXTENSION", "1002",
            "SWITCHBOARD_LOCAL_CENTRE_SIP_PASSWORD", "bob-phone",
            "SWITCHBOARD_LOCAL_CENTRE_API_PASSWORD", "bob-sample",
            "SWITCHBOARD_LOCAL_CENTRE_SIP_PORT", "16730",
            "SWITCHBOARD_LOCAL_CENTRE_URL", "http://127.0.0.31:8170");

    LocalCentre.prepare(dir, keychain, env);

    DesktopSettings s = new SettingsStore(dir).load().desktop();
    assertThat(s.account().user()).isEqualTo("1002");
    assertThat(s.account().port()).isEqualTo(16730);
    assertThat(s.queue()).isEqualTo(new QueueSettings("http://127.0.0.31:8170", "bob"));
    assertThat(keychain.text(s.account().passwordKey())).isEqualTo("bob-phone");
    assertThat(keychain.text(s.queue().passwordKey())).isEqualTo("bob-sample");
  }
}
