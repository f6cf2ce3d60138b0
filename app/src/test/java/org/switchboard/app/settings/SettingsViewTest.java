package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.theme.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen on a headless JavaFX toolkit (Monocle), driven like a user drives it. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
  @TempDir Path dir;
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final FakeAudio audio = new FakeAudio();
  private final List<URI> opened = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    Localizer localizer = new Localizer(Language.ENGLISH);
    SettingsViewModel vm =
        new SettingsViewModel(
            new SettingsStore(dir),
            keychain,
            audio.ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    Scene scene = new Scene(new SettingsView(vm, localizer, opened::add).root());
    Themes.follow(scene, vm.appearance().themeProperty(), vm.appearance().scaleProperty());
    vm.load();
    stage.setScene(scene);
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

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryLabeled().getText();
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

  private static boolean saveDisabled(FxRobot robot) {
    return robot.lookup("#save").queryAs(Button.class).isDisabled();
  }

  @Test
  void anInvalidPortIsNamedBesideItAndUnderTheFormAndDisablesSave(FxRobot robot) {
    fillValid(robot);
    assertThat(saveDisabled(robot)).isFalse();

    type(robot, "port", "70000");

    assertThat(text(robot, "portError")).isEqualTo("Port: Enter a port number from 1 to 65535");
    assertThat(text(robot, "problems"))
        .isEqualTo("Account — Port: Enter a port number from 1 to 65535");
    assertThat(saveDisabled(robot)).isTrue();
    assertThat(robot.lookup("#navAccount").query().getStyleClass()).contains(Styles.DANGER);
    assertThat(robot.lookup("#navAccount").queryAs(ToggleButton.class).getAccessibleText())
        .isEqualTo("Account: has problems");

    type(robot, "port", "5061");
    assertThat(saveDisabled(robot)).isFalse();
    assertThat(robot.lookup("#problems").query().isVisible()).isFalse();
    assertThat(robot.lookup("#navAccount").query().getStyleClass()).doesNotContain(Styles.DANGER);
    assertThat(robot.lookup("#navAccount").queryAs(ToggleButton.class).getAccessibleText())
        .isEqualTo("Account");
  }

  @Test
  void savePutsThePasswordInTheKeychainAndSaysSo(FxRobot robot) throws Exception {
    fillValid(robot);
    robot.clickOn("#password").write("hunter2");

    robot.clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(keychain.text("sip:1001@example.com")).isEqualTo("hunter2");
    assertThat(Files.readString(dir.resolve("account.json"))).doesNotContain("hunter2");
    assertThat(robot.lookup("#password").queryAs(TextField.class).getText()).isEmpty();
    assertThat(robot.lookup("#password").queryAs(TextField.class).getPromptText())
        .isEqualTo("Saved in keychain");
    assertThat(text(robot, "passwordNote")).startsWith("Saved in the system keychain.");
    assertThat(text(robot, "status")).startsWith("Settings saved to");
  }

  @Test
  void switchingToTheDarkThemeChangesTheStylesheetAtOnce(FxRobot robot) {
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());

    robot.clickOn("#navTheme");
    assertThat(text(robot, "sectionTitle")).isEqualTo("Theme");
    robot.clickOn("#theme");
    robot.clickOn("Dark");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerDark().getUserAgentStylesheet());
    robot.interact(() -> Themes.apply(org.switchboard.app.theme.Theme.LIGHT));
  }

  @Test
  void persianMirrorsTheScreenButKeepsAddressesAndKeysLeftToRight(FxRobot robot) {
    robot.clickOn("#navLanguage");
    robot.clickOn("#languageChoice");
    robot.clickOn("فارسی");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#settings").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#navAccount").queryAs(ToggleButton.class).getText()).isEqualTo("حساب");
    assertThat(text(robot, "save")).isEqualTo("ذخیره");
    assertThat(robot.lookup("#port").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#hotkeyAnswer").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#queueUrl").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#updateFeed").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#navGeneral").queryAs(ToggleButton.class).getText())
        .isEqualTo("عمومی");
  }

  @Test
  void theGeneralSectionSavesStartAtLoginAndAnHttpsUpdateFeed(FxRobot robot) throws Exception {
    fillValid(robot);
    robot.clickOn("#navGeneral");
    assertThat(text(robot, "sectionTitle")).isEqualTo("General");
    assertThat(shown(robot, "startAtLogin")).isTrue();

    robot.clickOn("#startAtLogin");
    robot.clickOn("#updates");
    robot.clickOn("Tell me when a newer version exists");
    assertThat(text(robot, "updateFeedError"))
        .isEqualTo("Update feed: Enter the https:// address of the feed to be told about updates");
    assertThat(saveDisabled(robot)).isTrue();
    assertThat(robot.lookup("#navGeneral").query().getStyleClass()).contains(Styles.DANGER);
    type(robot, "updateFeed", "http://updates.example.com/feed.json");
    assertThat(text(robot, "problems"))
        .isEqualTo("General — Update feed: Enter an address starting with https://");
    type(robot, "updateFeed", "https://updates.example.com/feed.json");
    assertThat(saveDisabled(robot)).isFalse();

    robot.clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(new SettingsStore(dir).load().desktop().general())
        .isEqualTo(
            new GeneralSettings(
                true, UpdatePolicy.NOTIFY, "https://updates.example.com/feed.json"));
  }

  @Test
  void aHotkeyIsCapturedFromTheKeyboardAndADuplicateIsRefused(FxRobot robot) {
    fillValid(robot);
    robot.clickOn("#navHotkeys");

    robot.clickOn("#hotkeyMute");
    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M)
        .release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
    assertThat(robot.lookup("#hotkeyMute").queryAs(TextField.class).getText())
        .isEqualTo("Ctrl+Alt+M");

    robot.clickOn("#hotkeyHangUp");
    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.A)
        .release(KeyCode.A, KeyCode.ALT, KeyCode.CONTROL);
    assertThat(text(robot, "hotkeyHangUpError"))
        .isEqualTo("Hang up: Ctrl+Alt+A is already used for Answer");
    assertThat(saveDisabled(robot)).isTrue();

    robot.type(KeyCode.BACK_SPACE);
    assertThat(robot.lookup("#hotkeyHangUp").queryAs(TextField.class).getText()).isEmpty();
    assertThat(saveDisabled(robot)).isFalse();

    robot.type(KeyCode.TAB);
    assertThat(robot.lookup("#hotkeyHangUpClear").query().isFocused()).isTrue();
  }

  @Test
  void theSpeakerTestSaysWhetherItPlayed(FxRobot robot) {
    robot.clickOn("#navAudio");
    assertThat(audio.checks.open()).hasSize(1);

    Button speakerTest = robot.lookup("#speakerTest").queryAs(Button.class);
    robot.interact(speakerTest::fire); // below the fold of the test window since the output meter
    assertThat(speakerTest.isDisabled()).isTrue();
    robot.interact(() -> audio.checks.played("").complete(null));

    assertThat(text(robot, "speakerStatus")).isEqualTo("Test sound played.");
    assertThat(robot.lookup("#speakerTest").queryAs(Button.class).isDisabled()).isFalse();

    robot.clickOn("#navCrm");
    assertThat(audio.checks.open()).isEmpty();
  }

  @Test
  void theCrmLocationFollowsTheConnector(FxRobot robot) {
    robot.clickOn("#navCrm");
    robot.clickOn("#crmConnector");
    robot.clickOn("Generic REST");

    assertThat(robot.lookup("#crmLocationError").queryAs(Label.class).getText())
        .isEqualTo("Base URL: Required");
    assertThat(shown(robot, "crmSignIn")).isFalse();

    type(robot, "crmLocation", "https://crm.example.com/api");
    assertThat(robot.lookup("#crmLocationError").queryAs(Label.class).getText()).isEmpty();

    robot.clickOn("#crmConnector");
    robot.clickOn("HubSpot");
    assertThat(shown(robot, "crmSignIn")).isTrue();
    assertThat(robot.lookup("#crmSignIn").queryAs(Button.class).isDisabled()).isFalse();
  }
}
