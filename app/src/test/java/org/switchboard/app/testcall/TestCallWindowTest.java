package org.switchboard.app.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The test call window on a headless toolkit (Monocle), over a main window, driven by mouse: dial,
 * the keypad for the IVR, hang up, the status, and in Persian.
 */
@ExtendWith(ApplicationExtension.class)
class TestCallWindowTest {
  private final Localizer text = new Localizer(Language.ENGLISH);
  private final FakeCustomerPhone phone = new FakeCustomerPhone();
  private final TestCallViewModel vm =
      new TestCallViewModel(phone, TestCallTarget.localCentre(5070), text, Runnable::run);
  private @Nullable TestCallWindow window;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new VBox(new Label("workspace")), 1200, 760));
    stage.setX(0);
    stage.setY(0);
    stage.show();
    window = new TestCallWindow(vm, text, stage);
    window.show();
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window().close());
  }

  private TestCallWindow window() {
    return Objects.requireNonNull(window, "window");
  }

  private <T extends Node> T inWindow(FxRobot robot, String id) {
    return robot.from(window().stage().getScene().getRoot()).lookup("#" + id).query();
  }

  private Node node(FxRobot robot, String id) {
    return inWindow(robot, id);
  }

  private String status(FxRobot robot) {
    return this.<Label>inWindow(robot, "testCallStatus").getText();
  }

  @Test
  void callingAsksThePhoneToDialTheShownEntryNumberAndShowsCalling(FxRobot robot) {
    assertThat(window().stage().getTitle()).isEqualTo("Test call");
    assertThat(this.<TextField>inWindow(robot, "testCallTarget").getText())
        .isEqualTo("sip:100@127.0.0.1:5070");
    assertThat(inWindow(robot, "key-1").isDisabled()).as("no keys before an answer").isTrue();
    assertThat(inWindow(robot, "testCallHangUp").isDisabled()).isTrue();

    robot.clickOn(node(robot, "testCallDial"));

    assertThat(phone.dialled).containsExactly("sip:100@127.0.0.1:5070");
    assertThat(status(robot)).isEqualTo("Calling sip:100@127.0.0.1:5070…");
    assertThat(inWindow(robot, "testCallDial").isDisabled()).isTrue();
    assertThat(inWindow(robot, "testCallTarget").isDisabled()).isTrue();
  }

  @Test
  void onceConnectedTheKeypadSendsTheIvrDigitsAndShowsThem(FxRobot robot) {
    robot.clickOn(node(robot, "testCallDial"));
    robot.interact(phone::answer);

    robot.clickOn(node(robot, "key-1"));
    robot.clickOn(node(robot, "key-2"));
    robot.clickOn(node(robot, "key-hash"));

    assertThat(phone.digits).hasToString("12#");
    assertThat(status(robot)).startsWith("Connected: in the IVR or the queue");
    assertThat(this.<Label>inWindow(robot, "testCallDigits").getText()).isEqualTo("Keys sent: 12#");
  }

  @Test
  void hangingUpEndsTheCallAndTheNextCallCanBePlaced(FxRobot robot) {
    robot.clickOn(node(robot, "testCallDial"));
    robot.interact(phone::answer);

    robot.clickOn(node(robot, "testCallHangUp"));

    assertThat(phone.hangUps).isEqualTo(1);
    assertThat(status(robot)).isEqualTo("Ended: you hung up");
    assertThat(inWindow(robot, "testCallDial").isDisabled()).isFalse();
    assertThat(inWindow(robot, "key-1").isDisabled()).isTrue();
  }

  @Test
  void theCentreHangingUpIsShownWithTheReason(FxRobot robot) {
    robot.clickOn(node(robot, "testCallDial"));
    robot.interact(() -> phone.end(CustomerPhone.EndKind.CENTRE_HUNG_UP, "remote hangup"));

    assertThat(status(robot)).isEqualTo("Ended: the centre hung up");
  }

  @Test
  void closingTheWindowHangsUp(FxRobot robot) {
    robot.clickOn(node(robot, "testCallDial"));
    robot.interact(phone::answer);

    robot.interact(() -> window().stage().hide());

    assertThat(phone.hangUps).isEqualTo(1);
  }

  @Test
  void inPersianTheWindowIsRightToLeftWithTheAddressAndKeypadLeftToRight(FxRobot robot) {
    robot.interact(() -> text.languageProperty().set(Language.PERSIAN));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window().stage().getTitle()).isEqualTo("تماس آزمایشی");
    assertThat(window().stage().getScene().getRoot().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(inWindow(robot, "testCallTarget").getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(inWindow(robot, "key-5").getParent().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(status(robot)).isEqualTo("تماسی برقرار نیست");
  }
}
