package org.switchboard.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MinimiseToTrayTest {
  private final AtomicBoolean trayPresent = new AtomicBoolean(true);
  private final AtomicInteger quits = new AtomicInteger();
  private @Nullable Stage stage;
  private @Nullable MinimiseToTray minimise;
  private volatile boolean closeConsumed;

  /** A window of its own per test: handlers left on a shared stage would answer for others. */
  @Start
  void start(Stage primary) {
    Stage window = new Stage();
    stage = window;
    minimise = new MinimiseToTray(window, trayPresent::get, quits::incrementAndGet);
    // Runs after MinimiseToTray's handler on the same window, before JavaFX's own closing.
    window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> closeConsumed = e.isConsumed());
    window.setScene(new Scene(new VBox(), 200, 100));
    window.show();
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(window()::hide);
  }

  private Stage window() {
    return Objects.requireNonNull(stage);
  }

  private boolean close(FxRobot robot) {
    Stage window = window();
    robot.interact(
        () -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    return closeConsumed;
  }

  @Test
  void closingHidesTheWindowToTheTrayAndShowRestoresIt(FxRobot robot) {
    Stage window = window();
    assertThat(close(robot)).as("the close is consumed").isTrue();

    assertThat(window.isShowing()).isFalse();
    assertThat(quits).hasValue(0);

    robot.interact(() -> MinimiseToTray.restore(window));
    assertThat(window.isShowing()).isTrue();
    assertThat(window.isIconified()).isFalse();
  }

  @Test
  void minimisingHidesTheWindowToTheTray(FxRobot robot) {
    Stage window = window();
    robot.interact(() -> window.setIconified(true));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.isShowing()).isFalse();
    robot.interact(() -> MinimiseToTray.restore(window));
    assertThat(window.isShowing()).isTrue();
    assertThat(window.isIconified()).isFalse();
  }

  @Test
  void withoutATrayTheWindowClosesNormally(FxRobot robot) {
    trayPresent.set(false);
    assertThat(close(robot)).as("the close goes ahead").isFalse();
    assertThat(window().isShowing()).isFalse();
    assertThat(quits).as("nothing was kept alive").hasValue(0);
  }

  @Test
  void turnedOffAfterHidingOnceARealCloseQuits(FxRobot robot) {
    Stage window = window();
    close(robot);
    robot.interact(() -> MinimiseToTray.restore(window));
    robot.interact(() -> Objects.requireNonNull(minimise).enabledProperty().set(false));

    assertThat(close(robot)).isFalse();

    assertThat(quits).hasValue(1);
  }
}
