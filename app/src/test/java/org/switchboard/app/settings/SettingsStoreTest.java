package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

class SettingsStoreTest {
  @TempDir Path dir;

  /** A file as the first version of the desktop wrote it: the account and language only. */
  private static final String FIRST_VERSION =
      """
      {
        "host" : "pbx.example.com",
        "port" : 5061,
        "transport" : "tls",
        "user" : "1001",
        "authUser" : "",
        "domain" : "example.com",
        "displayName" : "Agent Smith",
        "language" : "fa"
      }
      """;

  private static DesktopSettings everything() {
    return new DesktopSettings(
        new AccountSettings(
            "10.0.0.1", 5080, SipTransport.TCP, "1002", "a2", "d.example", "Bo", Language.RUSSIAN),
        new AudioSettings(
            new DevicePreferences(
                List.of("mic-1", "mic-2"),
                List.of("spk-1"),
                List.of("ring-1", "spk-1"),
                true,
                Map.of("mic-2", new AudioProcessing(true, false, true)))),
        new CrmSettings(CrmKind.REST, "https://crm.example.com/api"),
        new QueueSettings("https://queue.example.com"),
        new HotkeySettings(
            Map.of(
                HotkeyAction.ANSWER, Hotkey.parse("Ctrl+Alt+F9"),
                HotkeyAction.MUTE, Hotkey.parse("Meta+M"))),
        new AppearanceSettings(Theme.DARK, 150),
        new AutoAnswerSettings(AutoAnswerMode.ON_REQUEST, 3),
        new GeneralSettings(true, UpdatePolicy.NOTIFY, "https://updates.example.com/feed.json"),
        new ConnectionSettings(
            "sip:proxy.example.com:5070;transport=tcp",
            DtmfMode.SIP_INFO,
            true,
            15,
            600,
            "/etc/switchboard/ca.pem",
            "10.0.0.53, 10.0.0.54:5353"));
  }

  @Test
  void aFileFromTheFirstVersionLoadsWithDefaultsForEverythingNew() throws Exception {
    Files.writeString(dir.resolve("account.json"), FIRST_VERSION);

    SettingsStore.Loaded loaded = new SettingsStore(dir).load();

    assertThat(loaded.problem()).isNull();
    DesktopSettings settings = loaded.desktop();
    assertThat(settings.account())
        .isEqualTo(
            new AccountSettings(
                "pbx.example.com",
                5061,
                SipTransport.TLS,
                "1001",
                "",
                "example.com",
                "Agent Smith",
                Language.PERSIAN));
    assertThat(settings.audio()).isEqualTo(AudioSettings.defaults());
    assertThat(settings.crm()).isEqualTo(CrmSettings.defaults());
    assertThat(settings.queue().isStandalone()).isTrue();
    assertThat(settings.hotkeys()).isEqualTo(HotkeySettings.defaults());
    assertThat(settings.appearance()).isEqualTo(AppearanceSettings.defaults());
    assertThat(settings.autoAnswer().mode()).isEqualTo(AutoAnswerMode.OFF);
  }

  @Test
  void everySectionSurvivesSaveAndLoad() throws Exception {
    SettingsStore store = new SettingsStore(dir);

    store.save(everything());

    assertThat(store.load().desktop()).isEqualTo(everything());
    assertThat(store.load().desktop().hotkeys().get(HotkeyAction.HANG_UP)).isEmpty();
    assertThat(Files.readString(store.file()))
        .contains("\"theme\" : \"dark\"", "\"answer\" : \"Ctrl+Alt+F9\"", "\"hangUp\" : \"\"");
  }

  @Test
  void savingTheAccountAloneKeepsTheOtherSections() throws Exception {
    SettingsStore store = new SettingsStore(dir);
    store.save(everything());
    AccountSettings changed = AccountSettings.defaults();

    store.save(changed);

    assertThat(store.load().desktop()).isEqualTo(everything().withAccount(changed));
  }

  @Test
  void anUnknownThemeSetsTheFileAsideNamingTheField() throws Exception {
    Files.writeString(
        dir.resolve("account.json"), "{\"appearance\": {\"theme\": \"purple\"}, \"user\": \"1\"}");

    SettingsStore.Loaded loaded = new SettingsStore(dir).load();

    assertThat(loaded.problem()).isEqualTo("appearance.theme: unknown value 'purple'");
    assertThat(loaded.renamedTo()).isEqualTo(dir.resolve("account.json.bad"));
    assertThat(loaded.desktop()).isEqualTo(DesktopSettings.defaults());
  }

  @Test
  void aBrokenHotkeyNamesItsField() throws Exception {
    Files.writeString(dir.resolve("account.json"), "{\"hotkeys\": {\"mute\": \"Hyper+M\"}}");

    assertThat(new SettingsStore(dir).load().problem())
        .isEqualTo("hotkeys.mute: not a modifier: 'Hyper'");
  }

  @Test
  void existsTellsWhetherTheWizardIsDue() throws Exception {
    SettingsStore store = new SettingsStore(dir);
    assertThat(store.exists()).isFalse();
    store.save(DesktopSettings.defaults());
    assertThat(store.exists()).isTrue();
  }
}
