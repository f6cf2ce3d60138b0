package org.switchboard.app.hotkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.agent.FakeAgentSession;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The in-window hotkeys on a headless JavaFX toolkit (Monocle): real key presses reach the scene's
 * accelerators, the dispatcher and the (fake) softphone.
 */
@ExtendWith(ApplicationExtension.class)
class SceneHotkeysTest {
  private final FakeCallControl phone = new FakeCallControl();
  private final List<HotkeyAction> fired = new CopyOnWriteArrayList<>();
  private final CallsModel calls = new CallsModel(phone, Platform::runLater, Clock.systemUTC());
  private @Nullable SceneHotkeys hotkeys;

  @Start
  void start(Stage stage) {
    calls.start();
    HotkeyDispatcher dispatcher =
        new HotkeyDispatcher(
            calls, new FakeAgentSession(), new Localizer(Language.ENGLISH), Platform::runLater);
    TextField notes = new TextField();
    notes.setId("notes");
    Scene scene = new Scene(new VBox(notes), 320, 120);
    SceneHotkeys sceneHotkeys = new SceneHotkeys(scene);
    hotkeys = sceneHotkeys;
    sceneHotkeys.register(
        HotkeyBindings.defaults(),
        action -> {
          fired.add(action);
          dispatcher.dispatch(action);
        });
    stage.setScene(scene);
    stage.show();
  }

  private void ring(String call) {
    phone.incoming(call);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void pressingTheCombinationAnswersTheRingingCall(FxRobot robot) {
    ring("c1");

    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.A);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(phone.commands).containsExactly("answer c1");
    assertThat(java.util.Objects.requireNonNull(calls.find(new CallId("c1"))).status())
        .isEqualTo(CallStatus.TALKING);
  }

  @Test
  void theHotkeyWorksWhileTheAgentTypesInAField(FxRobot robot) {
    ring("c1");
    robot.clickOn("#notes").write("hello");

    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.A);
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.H);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(phone.commands).containsExactly("answer c1", "hold c1");
    assertThat(robot.lookup("#notes").queryAs(TextField.class).getText()).isEqualTo("hello");
  }

  @Test
  void otherCombinationsDoNothing(FxRobot robot) {
    ring("c1");

    robot.push(KeyCode.CONTROL, KeyCode.A);
    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fired).isEmpty();
    assertThat(phone.commands).isEmpty();
  }

  @Test
  void newBindingsReplaceTheOldAndCloseRemovesThem(FxRobot robot) {
    SceneHotkeys hotkeys = java.util.Objects.requireNonNull(this.hotkeys);
    ring("c1");
    robot.interact(
        () ->
            hotkeys.register(
                HotkeyBindings.none().with(HotkeyAction.ANSWER, HotkeyBinding.parse("F9")),
                fired::add));

    robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.A);
    robot.push(KeyCode.F9);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fired).containsExactly(HotkeyAction.ANSWER);
    assertThat(hotkeys.systemWide()).isFalse();

    robot.interact(hotkeys::close);
    robot.push(KeyCode.F9);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fired).hasSize(1);
  }
}
