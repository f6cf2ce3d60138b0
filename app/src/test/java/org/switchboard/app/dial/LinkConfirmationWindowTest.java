package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The click-to-dial question on a headless toolkit (Monocle), over a main window: answered by
 * keyboard (Enter calls, Escape cancels), by mouse, by closing it, and in Persian.
 */
@ExtendWith(ApplicationExtension.class)
class LinkConfirmationWindowTest {
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final RecordingDialler dialler = new RecordingDialler();
  private final List<String> shown = dialler.shown;
  private final List<String> dialled = dialler.dialled;
  private final LinkConfirmationViewModel vm = new LinkConfirmationViewModel(dialler, localizer);
  private @Nullable LinkConfirmationWindow window;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new VBox(new Label("workspace")), 1200, 760));
    stage.setX(0);
    stage.setY(0);
    stage.show();
    window = new LinkConfirmationWindow(vm, localizer, stage);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window().close());
  }

  private LinkConfirmationWindow window() {
    return Objects.requireNonNull(window, "window");
  }

  private void ask(FxRobot robot, String link) {
    robot.interact(() -> vm.ask(DialLink.parse(link)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Node inWindow(FxRobot robot, String id) {
    return robot.from(window().stage().getScene().getRoot()).lookup("#" + id).query();
  }

  @Test
  void theQuestionShowsTheAddressAndEnterCalls(FxRobot robot) {
    ask(robot, "sip:2001@example.com");

    assertThat(window().stage().isShowing()).isTrue();
    assertThat(((Label) inWindow(robot, "linkQuestion")).getText())
        .isEqualTo("Call 2001@example.com?");
    assertThat(window().stage().getTitle()).isEqualTo("Call from a link");
    assertThat(shown).containsExactly("sip:2001@example.com");
    assertThat(dialled).isEmpty();

    robot.type(KeyCode.ENTER);

    assertThat(dialled).containsExactly("sip:2001@example.com");
    assertThat(window().stage().isShowing()).isFalse();
  }

  @Test
  void escapeCancelsAndDialsNothing(FxRobot robot) {
    ask(robot, "tel:+49-30-1234567");

    robot.type(KeyCode.ESCAPE);

    assertThat(window().stage().isShowing()).isFalse();
    assertThat(vm.askingProperty().get()).isFalse();
    assertThat(dialled).isEmpty();
  }

  @Test
  void theButtonsAnswerByMouse(FxRobot robot) {
    ask(robot, "tel:2002");
    robot.clickOn(inWindow(robot, "linkCancel"));
    assertThat(dialled).isEmpty();

    ask(robot, "tel:2003");
    robot.clickOn(inWindow(robot, "linkCall"));
    assertThat(dialled).containsExactly("tel:2003");
  }

  @Test
  void closingTheWindowCancels(FxRobot robot) {
    ask(robot, "tel:2002");

    robot.interact(
        () ->
            window()
                .stage()
                .fireEvent(
                    new javafx.stage.WindowEvent(
                        window().stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

    assertThat(window().stage().isShowing()).isFalse();
    assertThat(vm.askingProperty().get()).isFalse();
    assertThat(dialled).isEmpty();
  }

  @Test
  void persianMirrorsTheQuestionAndTheKeysStillWork(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    ask(robot, "sip:2001@example.com");

    assertThat(inWindow(robot, "linkConfirmation").getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(((Label) inWindow(robot, "linkQuestion")).getText())
        .isEqualTo("با \u20662001@example.com\u2069 تماس گرفته شود؟");
    assertThat(((Button) inWindow(robot, "linkCall")).getText()).isEqualTo("تماس");
    assertThat(((Button) inWindow(robot, "linkCancel")).getText()).isEqualTo("انصراف");
    Button call = (Button) inWindow(robot, "linkCall");
    Button cancel = (Button) inWindow(robot, "linkCancel");
    // Mirrored: Call, first in reading order, sits right of Cancel.
    assertThat(call.localToScene(call.getBoundsInLocal()).getMinX())
        .isGreaterThan(cancel.localToScene(cancel.getBoundsInLocal()).getMinX());

    robot.type(KeyCode.ENTER);
    assertThat(dialled).containsExactly("sip:2001@example.com");
  }

  @Test
  void cancelPressedForTheAgentClosesTheQuestion(FxRobot robot) {
    ask(robot, "sip:2001@127.0.0.1");

    robot.interact(() -> window().pressCancel());

    assertThat(window().stage().isShowing()).isFalse();
    assertThat(dialled).isEmpty();
  }
}
