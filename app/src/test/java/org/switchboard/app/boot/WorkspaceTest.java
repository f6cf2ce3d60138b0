package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole workspace as an agent uses it, over a cooperative fake telephony and the production
 * local customer directory: an offered call rings in the notification with its queue and customer,
 * the agent answers there, holds, hangs up, wraps up into the journal; the answer hotkey works;
 * Persian mirrors the window.
 */
class WorkspaceTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private @Nullable Desktop desktop;
  private @Nullable DemoDesktop demo;

  private DemoDesktop open(Language language) throws Exception {
    return open(language, Theme.LIGHT);
  }

  private DemoDesktop open(Language language, Theme theme) throws Exception {
    DemoDesktop d = new DemoDesktop(dir, language, theme);
    demo = d;
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          desktop = Desktop.open(stage, d.env, link -> {}, d::start);
          // Earlier tests may have left the shared primary stage small.
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
        });
    await("the workspace", () -> workspace() != null);
    return d;
  }

  @AfterEach
  void close() throws Exception {
    Desktop d = desktop;
    if (d != null) {
      FxToolkit.setupFixture(d::close);
    }
  }

  private @Nullable Workspace workspace() {
    Desktop d = desktop;
    return d == null ? null : d.workspace();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      WaitForAsyncUtils.waitForFxEvents();
      TimeUnit.MILLISECONDS.sleep(30);
    }
  }

  private boolean shows(String text) {
    return robot
        .lookup(
            (Node n) ->
                n instanceof Labeled && String.valueOf(((Labeled) n).getText()).contains(text))
        .tryQuery()
        .isPresent();
  }

  private Node incomingRoot() {
    return Objects.requireNonNull(workspace()).incomingWindow().stage().getScene().getRoot();
  }

  @Test
  void anOfferedCallIsAnsweredFromTheNotificationHeldHungUpAndWrappedUp() throws Exception {
    DemoDesktop d = open(Language.ENGLISH);
    robot.interact(() -> d.telephony.ring("c1", "Caller A", "2001", "Billing", 42));
    await(
        "the notification",
        () -> Objects.requireNonNull(workspace()).incomingWindow().stage().isShowing());
    await("the customer card", () -> shows("Lab caller A (baresip 2001)"));
    assertThat(robot.from(incomingRoot()).lookup("#callerNumber").queryLabeled().getText())
        .contains("2001");
    assertThat(shows("Billing")).isTrue();

    robot.interact(() -> robot.from(incomingRoot()).lookup("#answer").queryButton().fire());
    await("answered", () -> d.telephony.commands.contains("answer c1"));
    await(
        "the notification gone",
        () -> !Objects.requireNonNull(workspace()).incomingWindow().stage().isShowing());

    robot.clickOn("#hold");
    assertThat(d.telephony.commands).contains("hold c1");
    robot.clickOn("#wrapup-notes").write("refund promised");
    robot.clickOn("#hangUp");
    await(
        "the wrap-up",
        () -> robot.lookup("#wrapup-done").tryQuery().map(Node::isVisible).orElse(false));
    robot.clickOn("#wrapup-done");

    Path journal = dir.resolve("data/call-log.jsonl");
    await(
        "the journal line (journal: "
            + read(journal)
            + ", notes: "
            + robot.lookup("#wrapup-notes").queryTextInputControl().getText()
            + ")",
        () -> read(journal).contains("refund promised"));
    assertThat(read(journal)).contains("2001").contains("Billing").contains("c-002");
  }

  @Test
  void theAnswerHotkeyAnswersARingingCall() throws Exception {
    DemoDesktop d = open(Language.ENGLISH);
    robot.interact(() -> d.telephony.ring("c2", "Caller B", "2002", "Sales", 3));
    await("ringing", () -> shows("Caller B"));
    robot.interact(() -> Objects.requireNonNull(desktop).stage().requestFocus());
    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.A)
        .release(KeyCode.A, KeyCode.ALT, KeyCode.CONTROL);
    await("answered by hotkey", () -> d.telephony.commands.contains("answer c2"));
  }

  @Test
  void theDialerCallsANormalisedNumberAndTheHistoryCallsBack() throws Exception {
    DemoDesktop d = open(Language.ENGLISH);
    robot.clickOn("#tab-dial");
    robot.clickOn("#dialNumber").write("030 1234567").type(KeyCode.ENTER);
    await("dialled", () -> d.telephony.commands.contains("dial +49301234567"));
    robot.clickOn("#hangUp");
    await(
        "the wrap-up",
        () -> robot.lookup("#wrapup-done").tryQuery().map(Node::isVisible).orElse(false));
    robot.clickOn("#wrapup-done");

    robot.clickOn("#tab-history");
    await("the history row", () -> shows("+49"));
    d.telephony.commands.clear();
    robot.interact(
        () ->
            Objects.requireNonNull(workspace())
                .askToDial(org.switchboard.app.links.DialLink.parse("tel:+49-30-7654321")));
    Stage question = Objects.requireNonNull(workspace()).linkConfirmationWindow().stage();
    await("the question", question::isShowing);
    assertThat(robot.lookup("#dialNumber").queryTextInputControl().getText())
        .isEqualTo("+49307654321");
    assertThat(d.telephony.commands).noneMatch(c -> c.startsWith("dial"));
    robot.type(KeyCode.ENTER);
    await("a link dialled", () -> d.telephony.commands.contains("dial +49307654321"));
  }

  @Test
  void theKeyboardReachesEveryPartOfTheWorkspace() throws Exception {
    DemoDesktop d = open(Language.ENGLISH);
    robot.interact(() -> d.telephony.ring("c3", "Caller C", "2001", "Support", 5));
    await("ringing", () -> shows("Caller C"));
    robot.interact(() -> Objects.requireNonNull(desktop).stage().requestFocus());
    java.util.Set<String> reached = new java.util.HashSet<>();
    for (int i = 0; i < 120; i++) {
      robot.type(KeyCode.TAB);
      Node focused = Objects.requireNonNull(desktop).stage().getScene().getFocusOwner();
      if (focused != null && focused.getId() != null) {
        reached.add(focused.getId());
      }
    }
    assertThat(reached)
        .contains(
            "presence",
            "workspace-settings",
            "dialNumber",
            "key-5",
            "answer",
            "hangUp",
            "wrapup-disposition",
            "wrapup-notes");
  }

  @Test
  void persianMirrorsTheWorkspaceInTheSavedDarkThemeWithTheBundledFont() throws Exception {
    open(Language.PERSIAN, Theme.DARK);
    await(
        "the dark theme",
        () -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
    assertThat(robot.lookup("#workspace").query().getStyle()).contains("Vazirmatn");
    assertThat(robot.lookup("#workspace").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
