package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace's "Test call" button over the demo desktop: it opens the customer's phone in its
 * own window, aimed at the local centre's entry number; closing the desktop closes it. Nothing is
 * dialled (the phone opens no port before a call).
 */
class WorkspaceTestCallTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private @Nullable Desktop desktop;

  @AfterEach
  void close() throws Exception {
    Desktop d = desktop;
    if (d != null) {
      FxToolkit.setupFixture(d::close);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  private static Optional<Stage> testCallWindow() {
    return Window.getWindows().stream()
        .filter(w -> w instanceof Stage && w.isShowing())
        .map(w -> (Stage) w)
        .filter(s -> "Test call".equals(s.getTitle()))
        .findFirst();
  }

  @Test
  void theToolbarButtonOpensTheTestCallAtTheLocalCentresEntryNumber() throws Exception {
    DemoDesktop demo = new DemoDesktop(dir, Language.ENGLISH);
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          desktop = Desktop.open(stage, demo.env, link -> {}, demo::start);
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
        });
    await("the workspace", () -> desktop != null && desktop.workspace() != null);
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#workspace-test-call");
    await("the test call window", () -> testCallWindow().isPresent());

    Stage window = testCallWindow().orElseThrow();
    TextField target = robot.from(window.getScene().getRoot()).lookup("#testCallTarget").query();
    assertThat(target.getText()).isEqualTo("sip:100@127.0.0.1:5070");

    Desktop open = java.util.Objects.requireNonNull(desktop);
    desktop = null;
    FxToolkit.setupFixture(open::close);
    assertThat(window.isShowing()).as("closed with the desktop").isFalse();
  }

  @Test
  void theEntryNumberFollowsTheSipPortTheLauncherNames() {
    assertThat(
            DesktopTestCall.defaultTarget(Map.of("SWITCHBOARD_LOCAL_CENTRE_SIP_PORT", "16750"))
                .uri())
        .isEqualTo("sip:100@127.0.0.1:16750");
    assertThat(
            DesktopTestCall.defaultTarget(Map.of("SWITCHBOARD_LOCAL_CENTRE_SIP_PORT", "x")).uri())
        .isEqualTo("sip:100@127.0.0.1:5070");
  }
}
