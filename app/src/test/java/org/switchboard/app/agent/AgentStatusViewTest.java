package org.switchboard.app.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.BREAK;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar on a headless JavaFX toolkit (Monocle), driven like an agent drives it. Session
 * and registration events are pushed from the test thread, as their own threads do, and reach the
 * bar through Platform.runLater.
 */
@ExtendWith(ApplicationExtension.class)
class AgentStatusViewTest {
  private final ManualClock clock = new ManualClock(T0);
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final FakeRegistration registration = new FakeRegistration();
  private final FakeAgentSession session =
      new FakeAgentSession(snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));

  @Start
  void start(Stage stage) {
    AgentStatusViewModel vm =
        new AgentStatusViewModel(session, registration, localizer, Platform::runLater, clock);
    vm.start();
    stage.setScene(new Scene(new AgentStatusView(vm, localizer).root(), 900, 120));
    stage.show();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
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

  private void push(RoutingState routing, Presence presence, List<QueueFigures> queues) {
    session.push(snapshot(presence, null, routing, clock.instant(), queues));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void choosingBreakAsksTheSessionForNotReadyBreak(FxRobot robot) {
    MenuButton presence = robot.lookup("#presence").queryAs(MenuButton.class);
    assertThat(presence.getText()).isEqualTo("Ready");
    assertThat(presence.getGraphic().getStyleClass()).contains("success");

    robot.clickOn("#presence");
    robot.clickOn("Break");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(session.requested).containsExactly(Presence.notReady(BREAK));
    assertThat(presence.getText()).isEqualTo("Not ready: Break");
    assertThat(presence.getGraphic().getStyleClass()).contains("warning").doesNotContain("success");
  }

  @Test
  void thePresenceMenuOpensFromTheKeyboard(FxRobot robot) {
    MenuButton presence = robot.lookup("#presence").queryAs(MenuButton.class);
    assertThat(presence.isFocusTraversable()).isTrue();
    assertThat(presence.getAccessibleText()).isEqualTo("Presence");
    robot.interact(presence::requestFocus);

    robot.type(KeyCode.DOWN);

    assertThat(presence.isShowing()).isTrue();
    assertThat(presence.getItems())
        .extracting(i -> i.getId())
        .contains(
            "presence-ready", "presence-reason-BREAK", "presence-reason-LUNCH", "presence-offline");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aPresenceChosenDuringACallShowsAsNextAndARefusalIsShown(FxRobot robot) {
    push(RoutingState.ON_CALL, Presence.ready(), List.of());
    assertThat(shown(robot, "nextPresence")).isFalse();

    robot.clickOn("#presence");
    robot.clickOn("Lunch");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "nextPresence")).isEqualTo("After this call: Lunch");
    assertThat(shown(robot, "nextPresence")).isTrue();
    assertThat(shown(robot, "presenceProblem")).isFalse();

    session.refuseWith = "the queue service is down";
    robot.clickOn("#presence");
    robot.clickOn("Offline");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "presenceProblem"))
        .isEqualTo("Could not change presence: the queue service is down");
    assertThat(shown(robot, "presenceProblem")).isTrue();
  }

  @Test
  void theRoutingTimerTicksEverySecondFromTheInjectedClock(FxRobot robot) throws Exception {
    push(RoutingState.ON_CALL, Presence.ready(), List.of());
    assertThat(text(robot, "routing")).isEqualTo("On call");
    assertThat(text(robot, "routingTimer")).isEqualTo("00:00");

    clock.advance(Duration.ofSeconds(75));

    // The bar's own one-second timeline must pick the new time up: wait for it, bounded.
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.SECONDS, () -> text(robot, "routingTimer").equals("01:15"));
    assertThat(text(robot, "routingTimer")).isEqualTo("01:15");
  }

  @Test
  void queueFiguresAppearOnlyWhenThereAreSome(FxRobot robot) {
    assertThat(shown(robot, "queues")).isFalse();

    push(
        RoutingState.IDLE,
        Presence.ready(),
        List.of(new QueueFigures("Sales", 4, Duration.ofSeconds(42))));

    assertThat(shown(robot, "queues")).isTrue();
    assertThat(text(robot, "queue0")).isEqualTo("Sales · waiting: 4 · longest: 00:42");
    assertThat(robot.lookup("#queue0").query().getStyleClass()).contains("warning");
  }

  @Test
  void registrationFailureIsRedAndExplainsItself(FxRobot robot) {
    registration.emit(new RegistrationEvent.Registered(300));
    WaitForAsyncUtils.waitForFxEvents();
    Label reg = robot.lookup("#registration").queryAs(Label.class);
    assertThat(reg.getText()).isEqualTo("Registered");
    assertThat(reg.getStyleClass()).contains("success");
    assertThat(reg.getTooltip()).isNull();

    registration.emit(
        new RegistrationEvent.Failed(RegistrationFailure.UNREACHABLE, 408, "no answer from pbx"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(reg.getText()).isEqualTo("Not registered: registrar unreachable");
    assertThat(reg.getStyleClass()).contains("danger").doesNotContain("success");
    assertThat(reg.getTooltip().getText()).isEqualTo("no answer from pbx (SIP 408)");
  }

  @Test
  void persianMirrorsTheBarButTheClockStaysLeftToRight(FxRobot robot) throws Exception {
    push(RoutingState.ON_CALL, Presence.notReady(BREAK), List.of());
    clock.advance(Duration.ofSeconds(65));
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.SECONDS, () -> text(robot, "routingTimer").equals("۰۱:۰۵"));

    assertThat(robot.lookup("#agentStatus").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#routingTimer").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#presence").queryAs(MenuButton.class).getText())
        .isEqualTo("آماده نیست: استراحت");
    assertThat(text(robot, "routing")).isEqualTo("در حال مکالمه");
    assertThat(text(robot, "registration")).isEqualTo("ثبت‌نشده");

    robot.clickOn("#presence");
    robot.clickOn("آماده");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(session.requested).containsExactly(Presence.ready());
  }
}
