package org.switchboard.app.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wrap-up form as the agent uses it, on Monocle. */
@ExtendWith(ApplicationExtension.class)
class WrapUpViewTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Disposition RESOLVED = new Disposition("RESOLVED", "Resolved");

  @TempDir static Path dir;
  private final ManualClock clock = new ManualClock(T0);
  private final ScriptedCalls control = new ScriptedCalls();
  private final FakeAgentSession session = new FakeAgentSession();
  private final RecordingJournal journal = new RecordingJournal();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final NotesDrafts drafts = new NotesDrafts(dir.resolve("drafts-" + System.nanoTime()));

  @SuppressWarnings("NullAway.Init")
  private WrapUpView view;

  private WrapUpView build() {
    CallsModel calls = new CallsModel(control, Runnable::run, clock);
    calls.start();
    WrapUpViewModel vm =
        new WrapUpViewModel(
            session,
            calls,
            new WrapUpViewModel.Context(
                journal,
                drafts,
                WrapUpPolicy.standalone(),
                "Sara",
                "1024",
                c -> null,
                (c, d) -> {}),
            localizer,
            Runnable::run,
            Runnable::run,
            clock);
    vm.start();
    return new WrapUpView(vm, localizer);
  }

  @Start
  void start(Stage stage) {
    view = build();
    stage.setScene(new Scene(view.root(), 420, 420));
    stage.show();
  }

  @AfterEach
  void stop() {
    drafts.close();
  }

  private void endedWithPolicy(FxRobot robot, WrapUpMode mode, boolean required) {
    WrapUpPolicy policy =
        new WrapUpPolicy(
            mode,
            List.of(RESOLVED),
            List.of("vip"),
            required,
            false,
            Duration.ofSeconds(30),
            Duration.ofSeconds(10),
            1);
    robot.interact(
        () -> {
          control.inboundAnswered("c1", "2001");
          control.ended("c1");
          session.pendingWrapUp(
              new PendingWrapUp(
                  new CallId("c1"),
                  policy,
                  T0,
                  policy.timed() ? T0.plus(policy.timeLimit()) : null,
                  0));
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void doneStaysDisabledUntilTheRequiredDispositionIsChosen(FxRobot robot) {
    endedWithPolicy(robot, WrapUpMode.MANDATORY, true);
    Button done = robot.lookup("#wrapup-done").queryButton();
    assertThat(done.isVisible()).isTrue();
    assertThat(done.isDisabled()).isTrue();

    robot.clickOn("#wrapup-notes").write("called about invoice 7");
    robot.interact(
        () ->
            robot.lookup("#wrapup-disposition").<ComboBox<Disposition>>query().setValue(RESOLVED));
    robot.clickOn("#wrapup-tag-vip");
    assertThat(done.isDisabled()).isFalse();
    robot.clickOn(done);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(journal.logged).hasSize(1);
    assertThat(journal.logged.get(0).notes()).isEqualTo("called about invoice 7");
    assertThat(journal.logged.get(0).tags()).containsExactly("vip");
    assertThat(session.finished).hasSize(1);
    assertThat(view.root().isVisible()).isFalse();
  }

  @Test
  void aTimedWrapUpShowsItsCountdownAndExtend(FxRobot robot) {
    endedWithPolicy(robot, WrapUpMode.TIMED, false);
    assertThat(robot.lookup("#wrapup-countdown").queryAs(Label.class).getText())
        .isEqualTo("Time left 0:30");
    Button extend = robot.lookup("#wrapup-extend").queryButton();
    assertThat(extend.isVisible()).isTrue();
    robot.clickOn(extend);
    assertThat(session.extensions).isEqualTo(1);
  }

  @Test
  void duringTheCallOnlyNotesShowAndPersianMirrorsTheForm(FxRobot robot) {
    robot.interact(() -> control.inboundAnswered("c1", "2001"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.root().isVisible()).isTrue();
    assertThat(robot.lookup("#wrapup-done").queryButton().isVisible()).isFalse();
    assertThat(robot.lookup("#wrapup-notes").queryAs(TextArea.class).isEditable()).isTrue();

    robot.interact(
        () -> {
          localizer.languageProperty().set(Language.PERSIAN);
          view.root().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        });
    assertThat(robot.lookup("#wrapup-title").queryAs(Label.class).getText())
        .startsWith("یادداشت‌ها");
    assertThat(
            robot
                .lookup("#wrapup-tag-billing")
                .queryAs(ToggleButton.class)
                .getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
  }
}
