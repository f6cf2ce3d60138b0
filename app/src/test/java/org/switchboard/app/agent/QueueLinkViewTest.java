package org.switchboard.app.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agent bar shows the queue service's link (Monocle headless): connecting, connected,
 * unreachable or sign-in refused with the next attempt, translated; a standalone bar shows none.
 * Link changes are pushed from the test thread, as the link's own thread pushes them.
 */
@ExtendWith(ApplicationExtension.class)
class QueueLinkViewTest {
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final FakeQueueLink link = new FakeQueueLink();
  private final ManualClock clock = new ManualClock(T0);

  @Start
  void start(Stage stage) {
    FakeAgentSession session =
        new FakeAgentSession(snapshot(Presence.offline(), null, RoutingState.IDLE, T0, List.of()));
    AgentStatusViewModel vm =
        new AgentStatusViewModel(
            session, new FakeRegistration(), link, localizer, Platform::runLater, clock);
    vm.start();
    stage.setScene(new Scene(new AgentStatusView(vm, localizer).root(), 900, 120));
    stage.show();
  }

  private static Label label(FxRobot robot) {
    return robot.lookup("#queueLink").queryAs(Label.class);
  }

  private void push(QueueLink.Status status) {
    link.set(status);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theLinkShowsConnectingThenConnected(FxRobot robot) {
    assertThat(label(robot).getText()).isEqualTo("Queue service: connecting…");
    assertThat(label(robot).isVisible()).isTrue();

    push(QueueLink.Status.of(QueueLink.State.CONNECTED));

    assertThat(label(robot).getText()).isEqualTo("Queue service: connected");
    assertThat(label(robot).getStyleClass()).contains("success");
  }

  @Test
  void anUnreachableServiceShowsTheNextAttemptInDanger(FxRobot robot) {
    push(new QueueLink.Status(QueueLink.State.UNREACHABLE, Duration.ofMillis(7200)));

    assertThat(label(robot).getText()).isEqualTo("Queue service unreachable; trying again in 8 s");
    assertThat(label(robot).getStyleClass()).contains("danger");
  }

  @Test
  void aRefusedSignInIsTranslated(FxRobot robot) {
    push(new QueueLink.Status(QueueLink.State.REFUSED, Duration.ofSeconds(30)));
    assertThat(label(robot).getText())
        .isEqualTo("Queue service: sign-in refused; trying again in 30 s");

    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));

    assertThat(label(robot).getText()).startsWith("سرویس صف: ورود رد شد؛");
  }

  @Test
  void aStandaloneBarShowsNoQueueLink(FxRobot robot) {
    push(QueueLink.Status.of(QueueLink.State.STANDALONE));

    Node node = robot.lookup("#queueLink").query();
    assertThat(node.isVisible()).isFalse();
    assertThat(node.isManaged()).isFalse();
  }
}
