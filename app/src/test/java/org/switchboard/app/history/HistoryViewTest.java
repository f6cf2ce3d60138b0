package org.switchboard.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.dial.DialerViewModel;
import org.switchboard.app.dial.FakeCallControl;
import org.switchboard.app.dial.NumberNormaliser;
import org.switchboard.app.history.HistoryEntry.Kind;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call history on a headless JavaFX toolkit (Monocle). The store is real (a temp dir); its IO
 * runs on the test's io thread and results reach the list via Platform.runLater.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
  @TempDir static Path dir;
  private final FakeCallControl control = new FakeCallControl();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final CallHistory history = new CallHistory(dir.resolve(UUID.randomUUID().toString()));
  private final CallsModel calls = new CallsModel(control, Platform::runLater, Clock.systemUTC());
  private final DialerViewModel dialer =
      new DialerViewModel(calls, new NumberNormaliser("DE"), localizer, Platform::runLater);
  private final HistoryViewModel vm =
      new HistoryViewModel(
          history, calls, dialer, localizer, Runnable::run, Platform::runLater, ZoneId.of("UTC"));

  @Start
  void start(Stage stage) {
    // Newest last: c3 (missed, withheld), c2 (outbound to an extension), c1 (inbound, Ann).
    history.append(SampleHistory.entry("c1", Kind.INBOUND, "+4930123456"));
    history.append(SampleHistory.entry("c2", Kind.OUTBOUND, "2002"));
    history.append(SampleHistory.entry("c3", Kind.MISSED, null));
    vm.start();
    stage.setScene(new Scene(new HistoryView(vm, localizer).root(), 640, 480));
    stage.show();
  }

  private static List<Node> all(FxRobot robot, String styleClass) {
    WaitForAsyncUtils.waitForFxEvents();
    return List.copyOf(robot.lookup("." + styleClass).queryAll());
  }

  private static Button callBackButton(FxRobot robot, int row) {
    return (Button) all(robot, "history-callback").get(row);
  }

  @Test
  void eachRowShowsDirectionWhoAndWhenAndTheCallBackButtonDials(FxRobot robot) {
    List<Node> directions = all(robot, "history-direction");
    assertThat(directions)
        .extracting(Node::getAccessibleText)
        .containsExactly("Missed call", "Outgoing call", "Incoming call");
    assertThat(callBackButton(robot, 0).isDisabled()).isTrue(); // withheld
    assertThat(callBackButton(robot, 2).getAccessibleText()).isEqualTo("Call back Ann");

    robot.clickOn(callBackButton(robot, 2));

    assertThat(control.dialled).containsExactly("+4930123456");
    assertThat(dialer.numberProperty().get()).isEqualTo("+4930123456");
  }

  @Test
  void doubleClickAndEnterCallBack(FxRobot robot) {
    robot.doubleClickOn(all(robot, "history-time").get(1));
    assertThat(control.dialled).containsExactly("2002");

    robot.clickOn(all(robot, "history-time").get(2)).type(KeyCode.ENTER);
    assertThat(control.dialled).containsExactly("2002", "+4930123456");
  }

  @Test
  void theFilterButtonsNarrowTheList(FxRobot robot) {
    robot.clickOn("#historyFilterMissed");
    assertThat(all(robot, "history-direction"))
        .extracting(Node::getAccessibleText)
        .containsExactly("Missed call");

    robot.clickOn("#historyFilterOutbound");
    assertThat(vm.rows()).extracting(HistoryRow::number).containsExactly("2002");

    robot.clickOn("#historyFilterOutbound"); // clicking the chosen one keeps it chosen
    assertThat(vm.filterProperty().get()).isEqualTo(HistoryViewModel.Filter.OUTBOUND);
    robot.clickOn("#historyFilterAll");
    assertThat(robot.lookup("#historyList").queryAs(ListView.class).getItems()).hasSize(3);
  }

  @Test
  void persianMirrorsTheListButNumbersStayLeftToRightInPersianDigitTimes(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));

    assertThat(robot.lookup("#history").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    Label number = (Label) all(robot, "history-number").get(0);
    assertThat(number.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(((Label) all(robot, "history-time").get(0)).getText()).contains("۲۰۲۵");
    assertThat(all(robot, "history-direction").get(0).getAccessibleText())
        .isEqualTo("تماس بی‌پاسخ");
  }
}
