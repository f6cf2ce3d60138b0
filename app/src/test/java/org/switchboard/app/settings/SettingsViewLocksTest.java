package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.ProvisionedSettings.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fields an administrator locked are read-only in the settings screen, and say why. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewLocksTest {
  @TempDir Path dir;
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  @Start
  void start(Stage stage) throws Exception {
    SettingsStore store = new SettingsStore(dir);
    Files.writeString(store.file(), "{\"host\": \"mine.example.com\"}");
    DesktopSettings d = DesktopSettings.defaults();
    AccountSettings a = d.account();
    store.provision(
        new ProvisionedSettings(
            d.withAccount(
                new AccountSettings(
                    "pbx.example.com",
                    a.port(),
                    a.transport(),
                    a.user(),
                    a.authUser(),
                    a.domain(),
                    a.displayName(),
                    a.language())),
            path ->
                List.of("host", "audio", "hotkeys.answer").contains(path)
                    || path.startsWith("audio."),
            List.of(
                new Problem(
                    "https://config.example.com/switchboard.json",
                    "url: the server answered HTTP 503",
                    true))));
    SettingsViewModel vm =
        new SettingsViewModel(
            store,
            new FakeSecretStore(),
            new FakeAudio().ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    stage.setScene(new Scene(new SettingsView(vm, localizer, uri -> {}).root()));
    vm.load();
    stage.setWidth(1200);
    stage.setHeight(760);
    stage.setX(0);
    stage.setY(0);
    stage.show();
  }

  private static boolean disabled(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Control.class).isDisabled();
  }

  private static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).query();
    return node.isVisible() && node.isManaged();
  }

  @Test
  void aLockedFieldShowsTheAdministratorsValueReadOnlyWithANote(FxRobot robot) {
    assertThat(robot.lookup("#host").queryTextInputControl().getText())
        .isEqualTo("pbx.example.com");
    assertThat(disabled(robot, "host")).isTrue();
    assertThat(shown(robot, "hostLocked")).isTrue();
    assertThat(robot.lookup("#hostLocked").queryLabeled().getText())
        .isEqualTo("Set by your organisation");
    assertThat(robot.lookup("#host").queryAs(Control.class).getAccessibleHelp())
        .isEqualTo("Set by your organisation");

    assertThat(disabled(robot, "domain")).isFalse();
    assertThat(shown(robot, "domainLocked")).isFalse();
    robot.clickOn("#domain").write("example.com");
    assertThat(robot.lookup("#domain").queryTextInputControl().getText()).isEqualTo("example.com");
  }

  @Test
  void aLockedSectionLocksEachOfItsFieldsButNotItsTests(FxRobot robot) {
    robot.clickOn("#navAudio");

    assertThat(disabled(robot, "microphonesList")).isTrue();
    assertThat(disabled(robot, "speakersAdd")).isTrue();
    assertThat(disabled(robot, "ringersList")).isTrue();
    assertThat(disabled(robot, "ringOnAll")).isTrue();
    assertThat(disabled(robot, "echoCancellation")).isTrue();
    assertThat(shown(robot, "ringersListLocked")).isTrue();
    assertThat(robot.lookup("#speakerTest").queryAs(Button.class).isDisabled()).isFalse();
    assertThat(robot.lookup("#microphoneTest").queryAs(Button.class).isDisabled()).isFalse();
  }

  @Test
  void aLockedHotkeyCannotBeCapturedOrCleared(FxRobot robot) {
    robot.clickOn("#navHotkeys");

    assertThat(disabled(robot, "hotkeyAnswer")).isTrue();
    assertThat(disabled(robot, "hotkeyAnswerClear")).isTrue();
    assertThat(disabled(robot, "hotkeyMute")).isFalse();
    assertThat(disabled(robot, "hotkeyMuteClear")).isFalse();
  }

  @Test
  void theNoteAndTheProvisioningProblemFollowTheLanguage(FxRobot robot) {
    assertThat(robot.lookup("#provisioningStatus").queryLabeled().getText())
        .contains("https://config.example.com/switchboard.json", "HTTP 503", "last good copy");

    robot.interact(() -> localizer.languageProperty().set(Language.RUSSIAN));

    assertThat(robot.lookup("#hostLocked").queryLabeled().getText())
        .isEqualTo("Задано вашей организацией");
    assertThat(robot.lookup("#provisioningStatus").queryLabeled().getText())
        .startsWith("Не удалось использовать централизованную конфигурацию");
  }
}
