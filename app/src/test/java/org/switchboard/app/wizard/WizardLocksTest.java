package org.switchboard.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.provisioning.Provisioning;
import org.switchboard.app.provisioning.ProvisioningClient;
import org.switchboard.app.settings.FakeAudio;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first-run wizard on a machine with a provisioning file: prefilled with the administrator's
 * defaults, locked fields read-only, and the agent's file holding only what the agent chose.
 */
@ExtendWith(ApplicationExtension.class)
class WizardLocksTest {
  @TempDir Path dir;
  private @Nullable WizardViewModel wizard;

  @Start
  void start(Stage stage) throws Exception {
    Path file = dir.resolve("provisioning.json");
    Files.writeString(
        file,
        """
        {"version": 1,
         "settings": {"host": "pbx.example.com", "domain": "example.com", "port": 5070,
                      "crm": {"connector": "rest", "location": "https://crm.example.com/api"}},
         "locked": ["host", "domain", "crm"]}
        """);
    SettingsStore store = new SettingsStore(dir.resolve("settings"));
    store.provision(
        new Provisioning(file, dir.resolve("data"), ProvisioningClient.system()).load());
    Localizer localizer = new Localizer(Language.ENGLISH);
    SettingsViewModel form =
        new SettingsViewModel(
            store,
            new FakeSecretStore(),
            new FakeAudio().ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    wizard = new WizardViewModel(form, localizer);
    stage.setScene(new Scene(new WizardView(wizard, localizer, uri -> {}).root()));
    form.prefill();
    stage.setWidth(1200);
    stage.setHeight(760);
    stage.setX(0);
    stage.setY(0);
    stage.show();
  }

  private static boolean disabled(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Control.class).isDisabled();
  }

  private static String value(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(TextField.class).getText();
  }

  @Test
  void lockedFieldsArePrefilledAndReadOnlyAndStayOutOfTheAgentsFile(FxRobot robot)
      throws Exception {
    robot.clickOn("#wizardNext");

    assertThat(value(robot, "host")).isEqualTo("pbx.example.com");
    assertThat(disabled(robot, "host")).isTrue();
    assertThat(robot.lookup("#hostLocked").query().isVisible()).isTrue();
    assertThat(disabled(robot, "domain")).isTrue();
    assertThat(value(robot, "port")).isEqualTo("5070");
    assertThat(disabled(robot, "port")).isFalse();
    robot.clickOn("#user").write("1001");
    robot.clickOn("#password").write("hunter2");
    robot.clickOn("#wizardNext");
    robot.clickOn("#wizardNext");

    assertThat(value(robot, "crmLocation")).isEqualTo("https://crm.example.com/api");
    assertThat(disabled(robot, "crmConnector")).isTrue();
    assertThat(disabled(robot, "crmLocation")).isTrue();
    robot.clickOn("#wizardNext");
    robot.clickOn("#wizardFinish");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Objects.requireNonNull(wizard).finishedProperty().get()).isTrue();
    assertThat(Files.readString(dir.resolve("settings/account.json")))
        .contains("\"user\" : \"1001\"")
        .doesNotContain("pbx.example.com", "example.com\"", "\"crm\"", "\"port\"");
  }
}
