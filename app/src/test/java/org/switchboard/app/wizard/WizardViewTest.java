package org.switchboard.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.FakeAudio;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run wizard on a headless JavaFX toolkit (Monocle), walked through like a new agent. */
@ExtendWith(ApplicationExtension.class)
class WizardViewTest {
  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final FakeAudio audio = new FakeAudio();
  private @Nullable WizardViewModel wizard;

  @Start
  void start(Stage stage) {
    Localizer localizer = new Localizer(Language.ENGLISH);
    SettingsViewModel form =
        new SettingsViewModel(
            new SettingsStore(dir),
            keychain,
            audio.ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    wizard = new WizardViewModel(form, localizer);
    stage.setScene(new Scene(new WizardView(wizard, localizer, uri -> {}).root()));
    stage.show();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryLabeled().getText();
  }

  private static boolean disabled(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Button.class).isDisabled();
  }

  /** Whether the node {@code id} is on screen: it and every ancestor are visible. */
  private static boolean shown(FxRobot robot, String id) {
    for (Node n = robot.lookup("#" + id).query(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static void type(FxRobot robot, String field, String text) {
    robot.interact(() -> robot.lookup("#" + field).queryAs(TextField.class).clear());
    robot.clickOn("#" + field).write(text);
  }

  @Test
  void aNewAgentWalksThroughAndFinishingSavesSettingsAndPassword(FxRobot robot) throws Exception {
    assertThat(text(robot, "wizardStep")).isEqualTo("Step 1 of 5: Language");
    assertThat(disabled(robot, "wizardBack")).isTrue();
    robot.clickOn("#wizardNext");

    assertThat(text(robot, "wizardStep")).isEqualTo("Step 2 of 5: Account");
    assertThat(disabled(robot, "wizardNext")).isTrue();
    assertThat(text(robot, "wizardProblems")).contains("Password: Required");
    type(robot, "host", "pbx.example.com");
    type(robot, "user", "1001");
    type(robot, "domain", "example.com");
    assertThat(disabled(robot, "wizardNext")).isTrue();
    robot.clickOn("#password").write("hunter2");
    assertThat(disabled(robot, "wizardNext")).isFalse();
    assertThat(shown(robot, "wizardProblems")).isFalse();
    robot.clickOn("#wizardNext");

    assertThat(text(robot, "wizardStep")).isEqualTo("Step 3 of 5: Audio devices");
    assertThat(shown(robot, "micLevel")).isTrue();
    assertThat(audio.checks.open()).hasSize(1);
    robot.clickOn("#wizardNext");

    assertThat(text(robot, "wizardStep")).isEqualTo("Step 4 of 5: CRM (optional)");
    assertThat(audio.checks.open()).isEmpty();
    robot.clickOn("#wizardNext");

    assertThat(text(robot, "wizardStep")).isEqualTo("Step 5 of 5: Done");
    assertThat(shown(robot, "wizardNext")).isFalse();
    assertThat(shown(robot, "wizardFinish")).isTrue();
    robot.clickOn("#wizardFinish");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Objects.requireNonNull(wizard).finishedProperty().get()).isTrue();
    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("hunter2");
    assertThat(Files.readString(dir.resolve("account.json")))
        .contains("pbx.example.com")
        .doesNotContain("hunter2");
    assertThat(WizardViewModel.needed(new SettingsStore(dir))).isFalse();
  }

  @Test
  void backKeepsWhatWasTyped(FxRobot robot) {
    robot.clickOn("#wizardNext");
    type(robot, "host", "pbx.example.com");

    robot.clickOn("#wizardBack");
    assertThat(text(robot, "wizardStep")).isEqualTo("Step 1 of 5: Language");
    robot.clickOn("#wizardNext");

    assertThat(robot.lookup("#host").queryAs(TextField.class).getText())
        .isEqualTo("pbx.example.com");
  }

  @Test
  void choosingPersianOnTheFirstPageMirrorsTheWizard(FxRobot robot) {
    robot.clickOn("#languageChoice");
    robot.clickOn("فارسی");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#wizard").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(text(robot, "wizardNext")).isEqualTo("بعدی");
    assertThat(text(robot, "wizardStep")).isEqualTo("گام ۱ از ۵: زبان");

    robot.clickOn("#wizardNext");
    assertThat(robot.lookup("#port").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(text(robot, "wizardProblems")).contains("گذرواژه: الزامی است");
  }
}
