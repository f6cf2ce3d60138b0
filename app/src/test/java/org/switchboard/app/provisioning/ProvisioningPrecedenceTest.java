package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.CrmKind;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.Hotkey;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.UpdatePolicy;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.account.SipTransport;

/**
 * Built-in defaults, then the administrator's, then the user's own values; locked fields always the
 * administrator's. Real files: the provisioning file and each user's settings file.
 */
class ProvisioningPrecedenceTest {
  @TempDir Path dir;

  private Path provisioningFile() {
    return dir.resolve("provisioning.json");
  }

  /** A user's store, with the machine's provisioning read as the desktop reads it at start. */
  private SettingsStore user(String name) {
    Path home = dir.resolve(name);
    SettingsStore store = new SettingsStore(home.resolve("settings"));
    store.provision(
        new Provisioning(provisioningFile(), home.resolve("data"), ProvisioningClient.system())
            .load());
    return store;
  }

  private void provision(String json) throws Exception {
    Files.writeString(provisioningFile(), json);
  }

  @Test
  void theAdministratorsDefaultsApplyInEverySection() throws Exception {
    provision(
        """
        {"version": 1, "settings": {
          "host": "pbx.example.com", "port": 5061, "transport": "tls", "domain": "example.com",
          "language": "fa",
          "audio": {"ringers": ["usb-headset"]},
          "crm": {"connector": "rest", "location": "https://crm.example.com/api"},
          "queue": {"url": "https://queue.example.com"},
          "hotkeys": {"answer": "Ctrl+Alt+A"},
          "appearance": {"theme": "dark", "scale": 125},
          "autoAnswer": {"mode": "onRequest", "delaySeconds": 2},
          "general": {"startAtLogin": true, "updates": "notify",
                      "updateFeed": "https://updates.example.com/feed.json"}}}
        """);

    DesktopSettings s = user("sara").load().desktop();

    assertThat(s.account().host()).isEqualTo("pbx.example.com");
    assertThat(s.account().port()).isEqualTo(5061);
    assertThat(s.account().transport()).isEqualTo(SipTransport.TLS);
    assertThat(s.account().domain()).isEqualTo("example.com");
    assertThat(s.language()).isEqualTo(Language.PERSIAN);
    assertThat(s.audio().devices().ringer()).containsExactly("usb-headset");
    assertThat(s.crm().connector()).isEqualTo(CrmKind.REST);
    assertThat(s.queue().url()).isEqualTo("https://queue.example.com");
    assertThat(s.hotkeys().get(HotkeyAction.ANSWER)).contains(Hotkey.parse("Ctrl+Alt+A"));
    assertThat(s.appearance().theme()).isEqualTo(Theme.DARK);
    assertThat(s.autoAnswer().mode()).isEqualTo(AutoAnswerMode.ON_REQUEST);
    assertThat(s.general().startAtLogin()).isTrue();
    assertThat(s.general().updates()).isEqualTo(UpdatePolicy.NOTIFY);
  }

  @Test
  void aLockedFieldTakesTheAdministratorsValueOverTheUsersAndIsNeverWritten() throws Exception {
    SettingsStore before = user("sara");
    DesktopSettings own = before.load().desktop();
    before.save(
        own.withAccount(
            new AccountSettings(
                "mine.example.com",
                5060,
                SipTransport.UDP,
                "1001",
                "",
                "mine",
                "",
                Language.ENGLISH)));
    provision(
        """
        {"version": 1, "settings": {"host": "pbx.example.com", "domain": "example.com"},
         "locked": ["host", "audio"]}
        """);

    SettingsStore store = user("sara");
    SettingsStore.Loaded loaded = store.load();

    assertThat(loaded.desktop().account().host()).isEqualTo("pbx.example.com");
    assertThat(loaded.desktop().account().domain()).isEqualTo("mine");
    assertThat(loaded.provisioned().locks().isLocked("host")).isTrue();
    assertThat(loaded.provisioned().locks().isLocked("audio.microphones")).isTrue();
    assertThat(loaded.provisioned().locks().isLocked("domain")).isFalse();

    store.save(loaded.desktop());
    assertThat(Files.readString(store.file()))
        .doesNotContain("\"host\"", "mine.example.com", "\"audio\"")
        .contains("\"domain\" : \"mine\"", "\"user\" : \"1001\"");
  }

  @Test
  void theUsersOwnValueOverridesAnUnlockedDefault() throws Exception {
    provision("{\"version\": 1, \"settings\": {\"port\": 5070, \"host\": \"pbx.example.com\"}}");
    SettingsStore store = user("sara");
    DesktopSettings provisioned = store.load().desktop();

    store.save(provisioned.withAccount(withPort(provisioned.account(), 5080)));

    assertThat(store.load().desktop().account().port()).isEqualTo(5080);
    assertThat(store.load().desktop().account().host()).isEqualTo("pbx.example.com");
  }

  @Test
  void aDefaultChangedLaterReachesUsersWhoHadNotChangedItOnly() throws Exception {
    provision("{\"version\": 1, \"settings\": {\"host\": \"old.example.com\", \"port\": 5060}}");
    SettingsStore kept = user("kept");
    DesktopSettings first = kept.load().desktop();
    kept.save(first.withAccount(withPort(first.account(), 5090)));
    SettingsStore untouched = user("untouched");
    untouched.save(untouched.load().desktop());

    provision("{\"version\": 1, \"settings\": {\"host\": \"new.example.com\", \"port\": 5070}}");

    AccountSettings keptNow = user("kept").load().desktop().account();
    AccountSettings untouchedNow = user("untouched").load().desktop().account();
    assertThat(keptNow.host()).isEqualTo("new.example.com");
    assertThat(keptNow.port()).isEqualTo(5090);
    assertThat(untouchedNow.host()).isEqualTo("new.example.com");
    assertThat(untouchedNow.port()).isEqualTo(5070);
  }

  @Test
  void aFileThatNamesEveryFieldLoadsAsBefore() throws Exception {
    Path settings = dir.resolve("sara/settings");
    Files.createDirectories(settings);
    Files.writeString(
        settings.resolve("account.json"),
        """
        {"host": "own.example.com", "port": 5060, "transport": "udp", "user": "1001",
         "authUser": "", "domain": "own", "displayName": "", "language": "en"}
        """);
    provision("{\"version\": 1, \"settings\": {\"host\": \"pbx.example.com\", \"port\": 5070}}");

    AccountSettings account = user("sara").load().desktop().account();

    assertThat(account.host()).isEqualTo("own.example.com");
    assertThat(account.port()).isEqualTo(5060);
  }

  private static AccountSettings withPort(AccountSettings a, int port) {
    return new AccountSettings(
        a.host(),
        port,
        a.transport(),
        a.user(),
        a.authUser(),
        a.domain(),
        a.displayName(),
        a.language());
  }
}
