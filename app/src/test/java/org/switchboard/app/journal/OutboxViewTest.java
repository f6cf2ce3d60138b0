package org.switchboard.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outbox view on a headless JavaFX toolkit (Monocle). Journal changes come from the test
 * thread, as from the delivery thread, and reach the view via Platform.runLater.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxViewTest {
  private final FakeCallJournal journal =
      new FakeCallJournal(List.of(SampleEntries.pending("k1"), SampleEntries.failed("k2")));
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private @Nullable Scene scene;

  @Start
  void start(Stage stage) {
    OutboxViewModel vm =
        new OutboxViewModel(
            journal, localizer, Runnable::run, Platform::runLater, ZoneId.of("UTC"));
    scene = new Scene(new OutboxView(vm, localizer).root(), 600, 480);
    stage.setScene(scene);
    stage.show();
    vm.start();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).tryQuery().orElse(null);
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node != null;
  }

  @Test
  void pendingAndFailedEntriesAreListedWithASummary(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(robot, "outboxSummary")).isEqualTo("1 waiting, 1 failed");
    assertThat(text(robot, "direction0")).isEqualTo("Inbound");
    assertThat(text(robot, "number0")).isEqualTo("+4930901820");
    assertThat(text(robot, "start0")).isEqualTo("Mar 14, 2025, 9:05 AM");
    assertThat(text(robot, "disposition0")).isEqualTo("Resolved");
    assertThat(text(robot, "status0")).isEqualTo("Attempts: 3 · next try at 09:12:30");
    assertThat(text(robot, "lastError0")).isEqualTo("Last error: crm.example.com answered 503");
    assertThat(text(robot, "direction1")).isEqualTo("Outbound");
    assertThat(text(robot, "number1")).isEqualTo("+441632960961");
    assertThat(text(robot, "status1"))
        .isEqualTo("Failed: crm.example.com refused the call log (400): unknown disposition");
    assertThat(shown(robot, "discard0")).isFalse();
    assertThat(shown(robot, "discard1")).isTrue();
    assertThat(shown(robot, "outboxEmpty")).isFalse();
  }

  @Test
  void retryNowAsksTheJournal(FxRobot robot) {
    robot.clickOn("#retry0");
    robot.clickOn("#retry1");

    assertThat(journal.retried).containsExactly("k1", "k2");
  }

  @Test
  void discardAsksForConfirmationFirst(FxRobot robot) {
    robot.clickOn("#discard1");

    assertThat(journal.discarded).isEmpty();
    assertThat(text(robot, "confirmText1"))
        .isEqualTo("Discard this call log? It will never reach the CRM.");
    assertThat(shown(robot, "retry1")).isFalse();
    Node focused = Objects.requireNonNull(scene).getFocusOwner();
    assertThat(focused == null ? null : focused.getId()).isEqualTo("cancelDiscard1");

    robot.clickOn("#confirmDiscard1");

    assertThat(journal.discarded).containsExactly("k2");
    assertThat(shown(robot, "confirmText1")).isFalse();
  }

  @Test
  void keepingTheEntryDiscardsNothing(FxRobot robot) {
    robot.clickOn("#discard1");
    robot.clickOn("#cancelDiscard1");

    assertThat(journal.discarded).isEmpty();
    assertThat(shown(robot, "discard1")).isTrue();
  }

  @Test
  void deliveryUpdatesTheListAndAnEmptyOutboxSaysAllCallsLogged(FxRobot robot) {
    journal.change(List.of(SampleEntries.failed("k2")));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "outboxSummary")).isEqualTo("0 waiting, 1 failed");
    assertThat(text(robot, "number0")).isEqualTo("+441632960961");

    journal.change(List.of());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(shown(robot, "outboxEmpty")).isTrue();
    assertThat(text(robot, "outboxEmpty")).isEqualTo("All calls logged");
    assertThat(shown(robot, "entry0")).isFalse();
  }

  @Test
  void everyButtonIsReachedWithTheTabKey(FxRobot robot) {
    robot.clickOn("#retry0");

    assertThat(focusCycle(robot)).contains("retry0", "retry1", "discard1");
  }

  @Test
  void persianMirrorsTheViewButNumbersStayLeftToRight(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));

    assertThat(robot.lookup("#outbox").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#number0").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(text(robot, "outboxSummary")).isEqualTo("۱ در انتظار، ۱ ناموفق");
    assertThat(robot.lookup("#retry0").queryAs(Button.class).getText())
        .isEqualTo("همین حالا دوباره تلاش کن");
    assertThat(text(robot, "direction0")).isEqualTo("ورودی");
  }

  /** The ids of the nodes the Tab key visits, starting where the focus is. */
  private Set<String> focusCycle(FxRobot robot) {
    Scene shown = Objects.requireNonNull(scene);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < 12; i++) {
      robot.type(KeyCode.TAB);
      Node owner = shown.getFocusOwner();
      ids.add(owner == null || owner.getId() == null ? "?" : owner.getId());
    }
    return ids;
  }
}
