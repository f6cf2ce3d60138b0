package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Queue service, driven like an agent (Monocle headless): the URL, the agent's user id
 * and the API password, the problem naming the setting, Save putting the password in the keychain,
 * and an administrator's lock on the queue service's address.
 */
@ExtendWith(ApplicationExtension.class)
class QueueSettingsViewTest {
  @TempDir Path dir;
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final FakeSecretStore keychain = new FakeSecretStore();

  @Start
  void start(Stage stage) throws Exception {
    SettingsStore store = new SettingsStore(dir);
    Files.writeString(
        store.file(),
        "{\"host\": \"pbx.example.com\", \"user\": \"1001\", \"domain\": \"example.com\"}");
    DesktopSettings d = DesktopSettings.defaults();
    store.provision(
        new ProvisionedSettings(
            d.withQueue(new QueueSettings("https://queue.example.com")),
            path -> path.equals("queue.url"),
            List.of()));
    SettingsViewModel vm =
        new SettingsViewModel(
            store,
            keychain,
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

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryLabeled().getText();
  }

  private static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).query();
    return node.isVisible() && node.isManaged();
  }

  @Test
  void theAgentEntersTheUserIdAndApiPasswordAndSaveKeepsThePasswordInTheKeychain(FxRobot robot)
      throws Exception {
    robot.clickOn("#navQueue");
    assertThat(text(robot, "queueUserError")).isEqualTo("Agent user ID: Required");
    assertThat(robot.lookup("#save").queryAs(Control.class).isDisabled()).isTrue();

    robot.clickOn("#queueUser").write("alice");
    robot.clickOn("#queuePassword").write("alice-sample");
    assertThat(text(robot, "queueUserError")).isEmpty();
    assertThat(text(robot, "queuePasswordNote"))
        .isEqualTo("Saved in the system keychain when you press Save.");
    robot.clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(keychain.text("queue:alice@https://queue.example.com")).isEqualTo("alice-sample");
    assertThat(Files.readString(dir.resolve("account.json")))
        .contains("\"user\" : \"alice\"")
        .doesNotContain("alice-sample");
    assertThat(robot.lookup("#queuePassword").queryTextInputControl().getText()).isEmpty();
    assertThat(text(robot, "queuePasswordNote")).startsWith("Saved in the system keychain.");
  }

  @Test
  void theAdministratorsQueueServiceIsReadOnlyWithANoteAndTheUserStaysEditable(FxRobot robot) {
    robot.clickOn("#navQueue");

    assertThat(robot.lookup("#queueUrl").queryTextInputControl().getText())
        .isEqualTo("https://queue.example.com");
    assertThat(robot.lookup("#queueUrl").queryAs(Control.class).isDisabled()).isTrue();
    assertThat(shown(robot, "queueUrlLocked")).isTrue();
    assertThat(text(robot, "queueUrlLocked")).isEqualTo("Set by your organisation");
    assertThat(robot.lookup("#queueUser").queryAs(Control.class).isDisabled()).isFalse();
    assertThat(shown(robot, "queueUserLocked")).isFalse();
  }
}
