package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The settings screen on a headless JavaFX toolkit (Monocle), driven like a user drives it. */
@ExtendWith(ApplicationExtension.class)
class AccountSettingsViewTest {
  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    Localizer localizer = new Localizer(Language.ENGLISH);
    AccountSettingsViewModel vm =
        new AccountSettingsViewModel(
            new SettingsStore(dir), localizer, Runnable::run, Runnable::run);
    stage.setScene(new Scene(new AccountSettingsView(vm, localizer).root()));
    stage.show();
  }

  private static void type(FxRobot robot, String field, String text) {
    robot.interact(() -> robot.lookup("#" + field).queryAs(TextField.class).clear());
    robot.clickOn("#" + field).write(text);
  }

  private static void fillValid(FxRobot robot) {
    type(robot, "host", "pbx.example.com");
    type(robot, "port", "5060");
    type(robot, "user", "1001");
    type(robot, "domain", "example.com");
  }

  @Test
  void anInvalidPortShowsItsMessageAndDisablesSave(FxRobot robot) {
    fillValid(robot);
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();

    type(robot, "port", "70000");

    assertThat(robot.lookup("#portError").queryAs(Label.class).getText())
        .isEqualTo("Enter a port number from 1 to 65535");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
  }

  @Test
  void saveWritesTheFile(FxRobot robot) {
    fillValid(robot);

    robot.clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(dir.resolve("account.json")).exists().content().contains("pbx.example.com");
    assertThat(robot.lookup("#status").queryAs(Label.class).getText())
        .startsWith("Settings saved to");
  }

  @Test
  void choosingPersianMirrorsTheScreenAndTranslatesIt(FxRobot robot) {
    robot.clickOn("#language");
    robot.clickOn("فارسی");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#language").queryAs(ComboBox.class).getValue())
        .isEqualTo(Language.PERSIAN);
    assertThat(robot.lookup("#accountSettings").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("تنظیمات حساب");
    assertThat(robot.lookup("#save").queryAs(Button.class).getText()).isEqualTo("ذخیره");
    assertThat(robot.lookup("#port").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
  }
}
