package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialler on a headless JavaFX toolkit (Monocle), driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class DialerViewTest {
  private final FakeCallControl control = new FakeCallControl();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private DialerViewModel vm = newViewModel();

  private DialerViewModel newViewModel() {
    return new DialerViewModel(
        new CallsModel(control, Runnable::run, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)),
        new NumberNormaliser("DE"),
        localizer,
        javafx.application.Platform::runLater);
  }

  @Start
  void start(Stage stage) {
    vm = newViewModel();
    stage.setScene(new Scene(new DialerView(vm, localizer).root(), 420, 560));
    stage.show();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private static TextField field(FxRobot robot) {
    return robot.lookup("#dialNumber").queryAs(TextField.class);
  }

  @Test
  void typingANumberAndEnterDialsItNormalised(FxRobot robot) {
    robot.clickOn("#dialNumber").write("030 1234567");

    assertThat(text(robot, "dialHint")).isEqualTo("Dials +49 30 1234567");
    robot.type(KeyCode.ENTER);

    assertThat(control.dialled).containsExactly("+49301234567");
  }

  @Test
  void keypadKeysAndTheCallButtonDial(FxRobot robot) {
    assertThat(robot.lookup("#dialCall").queryAs(Button.class).isDisabled()).isTrue();

    robot.clickOn("#key-2").clickOn("#key-0").clickOn("#key-0").clickOn("#key-2");
    assertThat(field(robot).getText()).isEqualTo("2002");
    robot.clickOn("#dialCall");

    assertThat(control.dialled).containsExactly("2002");
  }

  @Test
  void backspaceRemovesTheLastDigit(FxRobot robot) {
    robot.clickOn("#key-1").clickOn("#key-2").clickOn("#dialBackspace");

    assertThat(field(robot).getText()).isEqualTo("1");
    assertThat(robot.lookup("#dialBackspace").queryAs(Button.class).getAccessibleText())
        .isEqualTo("Delete the last digit");
  }

  @Test
  void pastingPutsInTheCleanedNumber(FxRobot robot) {
    robot.interact(
        () -> {
          ClipboardContent content = new ClipboardContent();
          content.putString("Tel.: +49 (0)30 123 45-67\u200F");
          Clipboard.getSystemClipboard().setContent(content);
        });

    robot.clickOn("#dialNumber").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(field(robot).getText()).isEqualTo("+49301234567");
    robot.clickOn("#dialCall");
    assertThat(control.dialled).containsExactly("+49301234567");
  }

  @Test
  void invalidInputShowsAClearMessageAndDoesNotDial(FxRobot robot) {
    robot.clickOn("#dialNumber").write("+4930").type(KeyCode.ENTER);

    assertThat(text(robot, "dialError")).isEqualTo("This number is too short.");
    assertThat(robot.lookup("#dialError").query().isVisible()).isTrue();
    assertThat(control.dialled).isEmpty();
    robot.write("1234567");
    assertThat(robot.lookup("#dialError").query().isVisible()).isFalse();
  }

  @Test
  void redialDialsTheLastNumberAgain(FxRobot robot) {
    assertThat(robot.lookup("#dialRedial").queryAs(Button.class).isDisabled()).isTrue();
    robot.clickOn("#dialNumber").write("030 1234567").type(KeyCode.ENTER);
    robot.clickOn("#dialNumber").type(KeyCode.END).eraseText(20).write("77");

    robot.clickOn("#dialRedial");

    assertThat(control.dialled).containsExactly("+49301234567", "+49301234567");
    assertThat(field(robot).getText()).isEqualTo("+49301234567");
  }

  @Test
  void aLinkFromAnotherStartIsShownAndDialled(FxRobot robot) {
    robot.interact(() -> vm.dial(DialLink.parse("tel:+49-30-1234567")));

    assertThat(field(robot).getText()).isEqualTo("+49301234567");
    assertThat(control.dialled).containsExactly("+49301234567");
  }

  @Test
  void persianMirrorsTheDiallerButTheNumberAndKeypadStayLeftToRight(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    robot.clickOn("#dialNumber").write("02125551234");

    assertThat(robot.lookup("#dialer").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(field(robot).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup(".keypad").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#dialCall").queryAs(Button.class).getText()).isEqualTo("تماس");
    assertThat(text(robot, "dialHint")).isEqualTo("شماره‌گیری \u2066+49 212 5551234\u2069");
  }
}
