package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call panel on a headless JavaFX toolkit (Monocle), driven like an agent drives it. Call
 * events are raised from the test thread, as the SIP stack raises them, and reach the panel through
 * Platform.runLater.
 */
@ExtendWith(ApplicationExtension.class)
class CallPanelViewTest {
  private final FakeCallControl control = new FakeCallControl();
  private final FakeTransferDirectory directory = new FakeTransferDirectory();
  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private @Nullable Scene scene;

  @Start
  void start(Stage stage) {
    CallsModel calls = new CallsModel(control, Platform::runLater, clock);
    calls.start();
    CallPanelViewModel vm =
        new CallPanelViewModel(calls, directory, localizer, Platform::runLater, clock);
    scene = new Scene(new CallPanelView(vm, localizer).root(), 560, 820);
    stage.setScene(scene);
    stage.show();
  }

  private static void settle() {
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void ring(String call, String name, String number) {
    control.ring(call, name, number);
    settle();
  }

  private void talkingToAnn() {
    control.talking("c1", "Ann Caller", "+4930901820");
    settle();
    control.take();
  }

  private static String text(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).query();
    return node instanceof Label ? ((Label) node).getText() : ((ButtonBase) node).getText();
  }

  private static boolean enabled(FxRobot robot, String id) {
    return !robot.lookup("#" + id).query().isDisabled();
  }

  /** Whether the node {@code id} is on screen: it and every ancestor are visible. */
  private static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).tryQuery().orElse(null);
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node != null;
  }

  private static void clickTarget(FxRobot robot, String name) {
    ListCell<?> cell =
        robot.lookup("#transferTargets .list-cell").queryAllAs(ListCell.class).stream()
            .filter(c -> c.getItem() instanceof TransferTargetRow)
            .filter(c -> ((TransferTargetRow) c.getItem()).name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not listed"));
    robot.clickOn(cell);
  }

  private void consultGrace(FxRobot robot) {
    talkingToAnn();
    robot.clickOn("#transfer");
    robot.write("grace");
    settle();
    clickTarget(robot, "Grace Hopper");
    robot.clickOn("#consultTransfer");
    settle();
  }

  @Test
  void answeringARingingCall(FxRobot robot) {
    ring("c1", "Ann Caller", "+4930901820");
    assertThat(text(robot, "activeName")).isEqualTo("Ann Caller");
    assertThat(text(robot, "activeNumber")).isEqualTo("+4930901820");
    assertThat(text(robot, "activeStatus")).isEqualTo("Ringing");
    assertThat(enabled(robot, "answer")).isTrue();
    assertThat(enabled(robot, "hold")).isFalse();
    assertThat(enabled(robot, "transfer")).isFalse();

    robot.clickOn("#answer");
    settle();

    assertThat(control.take()).containsExactly("answer c1");
    assertThat(text(robot, "activeStatus")).isEqualTo("Talking");
    assertThat(enabled(robot, "answer")).isFalse();
    assertThat(enabled(robot, "hold")).isTrue();
  }

  @Test
  void holdShowsHeldAndTheKeyHResumes(FxRobot robot) {
    talkingToAnn();

    robot.clickOn("#hold");
    settle();

    assertThat(control.take()).containsExactly("hold c1");
    assertThat(text(robot, "activeStatus")).isEqualTo("On hold");
    assertThat(text(robot, "hold")).isEqualTo("Resume");
    assertThat(robot.lookup("#hold").queryAs(ButtonBase.class).getTooltip().getText())
        .isEqualTo("Resume (key H)");

    robot.type(KeyCode.H);
    settle();
    assertThat(control.take()).containsExactly("resume c1");
    assertThat(text(robot, "activeStatus")).isEqualTo("Talking");

    control.emit(new CallEvent.Held(new CallId("c1"), org.switchboard.core.call.HoldSide.REMOTE));
    settle();
    assertThat(text(robot, "activeStatus")).isEqualTo("Held by the other party");
  }

  @Test
  void keypadKeysAndTypedDigitsSendDtmf(FxRobot robot) {
    talkingToAnn();
    assertThat(shown(robot, "keypad")).isFalse();

    robot.clickOn("#keypadToggle");
    assertThat(shown(robot, "keypad")).isTrue();
    robot.clickOn("#key-5");
    robot.clickOn("#key-hash");
    robot.type(KeyCode.DIGIT7);
    settle();

    assertThat(control.take()).containsExactly("dtmf c1 5", "dtmf c1 #", "dtmf c1 7");
    assertThat(text(robot, "dtmfSent")).isEqualTo("Sent: 5#7");
  }

  @Test
  void blindTransferToATargetFoundBySearching(FxRobot robot) {
    talkingToAnn();
    assertThat(shown(robot, "transferPane")).isFalse();

    robot.clickOn("#transfer");
    assertThat(shown(robot, "transferPane")).isTrue();
    assertThat(robot.lookup("#transferSearch").query().isFocused()).isTrue();
    robot.write("grace");
    settle();
    assertThat(directory.searches).endsWith("grace");
    clickTarget(robot, "Grace Hopper");
    robot.clickOn("#blindTransfer");
    settle();

    assertThat(control.take()).containsExactly("hold c1", "transfer c1 2001");
    assertThat(text(robot, "message")).isEqualTo("Transferring to Grace Hopper…");
    assertThat(shown(robot, "transferPane")).isFalse();

    control.emit(new CallEvent.TransferProgress(new CallId("c1"), 200));
    settle();
    assertThat(text(robot, "message")).isEqualTo("Transferred");
  }

  @Test
  void theKeyTOpensTheTransferPaneAndEscapeClosesIt(FxRobot robot) {
    talkingToAnn();
    robot.clickOn("#mute");
    control.take();

    robot.type(KeyCode.T);
    assertThat(shown(robot, "transferPane")).isTrue();
    assertThat(robot.lookup("#transferSearch").query().isFocused()).isTrue();
    robot.write("2");
    robot.type(KeyCode.ESCAPE);

    assertThat(shown(robot, "transferPane")).isFalse();
    assertThat(control.take()).as("typing in the search sends no DTMF, holds nothing").isEmpty();
  }

  @Test
  void consultThenCompleteTheTransfer(FxRobot robot) {
    consultGrace(robot);
    assertThat(control.take()).containsExactly("hold c1", "dial 2001");
    assertThat(shown(robot, "completeTransfer")).isTrue();
    assertThat(enabled(robot, "completeTransfer")).as("Grace has not answered").isFalse();
    assertThat(shown(robot, "cancelConsult")).isTrue();

    control.emit(new CallEvent.Answered(new CallId("d1")));
    settle();
    robot.clickOn("#completeTransfer");
    settle();

    assertThat(control.take()).containsExactly("attendedTransfer c1 d1");
    control.emit(new CallEvent.TransferProgress(new CallId("c1"), 200));
    settle();
    assertThat(text(robot, "message")).isEqualTo("Transferred");
    assertThat(shown(robot, "completeTransfer")).isFalse();
  }

  @Test
  void aQueueServicesCallIsConsultedOnItselfAndCompletedWithTheSameButtons(FxRobot robot) {
    control.hosted.calls.add(new CallId("c1"));
    consultGrace(robot);
    assertThat(control.take()).containsExactly("consultAt c1 2001");
    assertThat(text(robot, "message"))
        .isEqualTo("The caller hears music; connecting you to Grace Hopper…");
    assertThat(enabled(robot, "completeTransfer")).as("Grace has not answered").isFalse();

    control.hosted.progress("c1", HostedConsults.State.ANSWERED);
    settle();
    assertThat(text(robot, "message"))
        .isEqualTo("Grace Hopper is on the line; the caller hears music");
    assertThat(enabled(robot, "conference")).as("the service joins no conference").isFalse();
    robot.clickOn("#completeTransfer");
    settle();

    assertThat(control.take()).containsExactly("completeAt c1");
    control.emit(new CallEvent.Ended(new CallId("c1"), EndReason.REMOTE_HANGUP, 0, "bye"));
    settle();
    assertThat(text(robot, "message")).isEqualTo("Transferred");
    assertThat(shown(robot, "completeTransfer")).isFalse();
  }

  @Test
  void aFailingAttendedTransferIsShownInTheMessageLine(FxRobot robot) {
    control.failing.put("attendedTransfer", "attended transfer is not supported by this account");
    consultGrace(robot);
    control.emit(new CallEvent.Answered(new CallId("d1")));
    settle();

    robot.clickOn("#completeTransfer");
    settle();

    Label message = robot.lookup("#message").queryAs(Label.class);
    assertThat(message.getText())
        .isEqualTo(
            "Could not complete the transfer:"
                + " attended transfer is not supported by this account");
    assertThat(message.getStyleClass()).contains("danger");
    assertThat(shown(robot, "cancelConsult")).isTrue();

    robot.clickOn("#cancelConsult");
    settle();
    assertThat(control.take()).endsWith("hangup d1", "resume c1");
    assertThat(text(robot, "activeName")).isEqualTo("Ann Caller");
    assertThat(message.getStyleClass()).doesNotContain("danger");
  }

  @Test
  void choosingACallInTheListMakesItActive(FxRobot robot) {
    talkingToAnn();
    ring("c2", "Bob Second", "+4930901821");
    assertThat(text(robot, "activeName")).isEqualTo("Ann Caller");

    ListCell<?> bob =
        robot.lookup("#calls .list-cell").queryAllAs(ListCell.class).stream()
            .filter(c -> c.getItem() instanceof CallRow)
            .filter(c -> ((CallRow) c.getItem()).entry().id().value().equals("c2"))
            .findFirst()
            .orElseThrow();
    robot.clickOn(bob);
    settle();

    assertThat(text(robot, "activeName")).isEqualTo("Bob Second");
    assertThat(enabled(robot, "answer")).isTrue();
    assertThat(bob.getAccessibleText())
        .isEqualTo("Bob Second, +4930901821, incoming, Ringing, 00:00");
  }

  @Test
  void theQualityIndicatorShowsTheGradeWithFiguresAndAName(FxRobot robot) {
    talkingToAnn();
    assertThat(shown(robot, "quality")).isFalse();

    control.emit(
        new CallEvent.QualityChanged(
            new CallId("c1"),
            new CallQuality(4.3, 0.5, Duration.ofMillis(12), Duration.ofMillis(40))));
    settle();

    Label quality = robot.lookup("#quality").queryAs(Label.class);
    assertThat(shown(robot, "quality")).isTrue();
    assertThat(quality.getText()).isEqualTo("Good");
    assertThat(quality.getStyleClass()).contains("success");
    assertThat(quality.getTooltip().getText())
        .isEqualTo("MOS 4.3 · loss 0.5 % · jitter 12 ms · round trip 40 ms");
    assertThat(quality.getAccessibleText())
        .isEqualTo("Call quality: Good · MOS 4.3 · loss 0.5 % · jitter 12 ms · round trip 40 ms");
  }

  @Test
  void theDurationTicksWithoutAnyoneAsking(FxRobot robot) throws TimeoutException {
    talkingToAnn();
    clock.advance(Duration.ofSeconds(65));

    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> "01:05".equals(text(robot, "activeDuration")));
  }

  @Test
  void everyButtonHasANameAndTheTabKeyReachesThem(FxRobot robot) {
    talkingToAnn();
    List<String> ids =
        List.of("answer", "hangUp", "hold", "mute", "keypadToggle", "transfer", "conference");
    for (String id : ids) {
      ButtonBase b = robot.lookup("#" + id).queryAs(ButtonBase.class);
      assertThat(b.getAccessibleText()).as(id).isNotBlank();
      assertThat(b.isFocusTraversable()).as(id).isTrue();
    }
    robot.clickOn("#hold");
    settle();
    assertThat(focusCycle(robot)).contains("calls", "hangUp", "hold", "mute", "transfer");
  }

  @Test
  void persianMirrorsThePanelWhileTheKeypadAndNumbersStayLeftToRight(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    talkingToAnn();
    robot.clickOn("#keypadToggle");

    assertThat(robot.lookup("#callPanel").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#keypad").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#activeNumber").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(text(robot, "hold")).isEqualTo("نگه\u200Cداشتن");
    assertThat(text(robot, "activeStatus")).isEqualTo("در حال مکالمه");

    robot.interact(() -> localizer.languageProperty().set(Language.ENGLISH));
    assertThat(robot.lookup("#callPanel").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(text(robot, "hold")).isEqualTo("Hold");
  }

  /** The ids of the nodes the Tab key visits, starting where the focus is, once round. */
  private Set<String> focusCycle(FxRobot robot) {
    Scene shown = Objects.requireNonNull(scene);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < 20; i++) {
      robot.type(KeyCode.TAB);
      Node owner = shown.getFocusOwner();
      ids.add(
          owner == null
              ? "null"
              : owner.getId() == null ? owner.getClass().getSimpleName() : owner.getId());
    }
    return ids;
  }
}
