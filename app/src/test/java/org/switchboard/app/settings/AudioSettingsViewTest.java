package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audio section on Monocle, driven as an agent drives it. */
@ExtendWith(ApplicationExtension.class)
class AudioSettingsViewTest {
  private final FakeAudio audio = new FakeAudio();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final FieldLocks locks = new FieldLocks();
  private final AudioSettingsViewModel vm =
      new AudioSettingsViewModel(audio.ports(), localizer, Runnable::run, Platform::runLater);

  @Start
  void start(Stage stage) {
    vm.apply(
        new AudioSettings(
            new DevicePreferences(
                List.of("usb-headset-in"),
                List.of("bt-headset", "usb-headset-out"),
                List.of(),
                false,
                Map.of())));
    audio.routing.changeTo(
        AudioDeviceRole.PLAYBACK,
        new AudioDevice("usb-headset-out", "USB Headset", AudioDeviceRole.PLAYBACK),
        Reason.PREFERENCES);
    vm.refresh();
    vm.startMeter();
    stage.setScene(new Scene(new AudioSettingsView(vm, localizer, locks).root(), 900, 1300));
    stage.show();
  }

  private static List<String> rows(FxRobot robot, String list) {
    return robot.lookup("#" + list + " .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> c.getText() != null)
        .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
        .map(ListCell::getText)
        .collect(Collectors.toList());
  }

  private static boolean disabled(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Control.class).isDisabled();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  @Test
  void showsTheListsInOrderWithTheAbsentDeviceMarkedAndTheDeviceInUse(FxRobot robot) {
    assertThat(rows(robot, "speakersList"))
        .containsExactly("1. bt-headset (not connected)", "2. USB Headset");
    assertThat(text(robot, "speakersInUse")).isEqualTo("In use now: USB Headset");
    assertThat(text(robot, "microphonesInUse")).isEqualTo("In use now: System default");

    audio.routing.changeTo(
        AudioDeviceRole.CAPTURE,
        new AudioDevice("usb-headset-in", "USB Headset", AudioDeviceRole.CAPTURE),
        Reason.PREFERRED_APPEARED);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "microphonesInUse")).isEqualTo("In use now: USB Headset");
  }

  @Test
  void theAgentReordersAddsAndRemovesDevices(FxRobot robot) {
    assertThat(disabled(robot, "speakersUp")).as("nothing selected").isTrue();
    robot.clickOn("2. USB Headset");
    assertThat(disabled(robot, "speakersDown")).isTrue();
    robot.clickOn("#speakersUp");
    assertThat(rows(robot, "speakersList"))
        .containsExactly("1. USB Headset", "2. bt-headset (not connected)");

    robot.clickOn("#speakersAdd");
    robot.clickOn("Desk speaker");
    assertThat(rows(robot, "speakersList"))
        .containsExactly("1. USB Headset", "2. bt-headset (not connected)", "3. Desk speaker");
    assertThat(disabled(robot, "speakersAdd")).as("every present speaker is listed").isTrue();

    robot.clickOn("2. bt-headset (not connected)");
    robot.clickOn("#speakersRemove");
    assertThat(vm.current().devices().playback()).containsExactly("usb-headset-out", "desk-out");
  }

  @Test
  void theProcessingSwitchesBelongToTheSelectedMicrophone(FxRobot robot) {
    assertThat(disabled(robot, "echoCancellation")).as("no microphone selected").isTrue();
    robot.clickOn("1. USB Headset");
    robot.clickOn("#noiseSuppression");

    assertThat(vm.current().devices().processingFor("usb-headset-in").noiseSuppression()).isTrue();
    assertThat(robot.lookup("#echoCancellation").queryAs(CheckBox.class).isSelected()).isFalse();
  }

  @Test
  void theMeterMovesWithTheMicrophone(FxRobot robot) {
    ProgressBar meter = robot.lookup("#micLevel").queryAs(ProgressBar.class);
    assertThat(meter.getProgress()).isZero();
    FakeDeviceChecks.Meter open = audio.checks.open().get(0);
    assertThat(open.deviceId).isEqualTo("usb-headset-in");

    robot.interact(() -> open.level.accept(0.6));

    assertThat(meter.getProgress()).isEqualTo(0.6);
  }

  @Test
  void theTestButtonsAreOffWhileTheyRunAndSayWhyTheyFailed(FxRobot robot) {
    robot.clickOn("#microphoneTest");
    assertThat(disabled(robot, "microphoneTest")).isTrue();
    assertThat(text(robot, "microphoneStatus")).isEqualTo("Speak for 3 seconds, then listen…");
    FakeDeviceChecks.MicrophoneTest test = audio.checks.microphoneTests.get(0);
    assertThat(test.captureId()).isEqualTo("usb-headset-in");
    assertThat(test.playbackId())
        .as("the first listed speaker plugged in")
        .isEqualTo("usb-headset-out");
    robot.interact(
        () ->
            test.done()
                .completeExceptionally(
                    new CompletionException(new IllegalStateException("the device is busy"))));
    assertThat(disabled(robot, "microphoneTest")).isFalse();
    assertThat(text(robot, "microphoneStatus"))
        .isEqualTo("Microphone test failed: the device is busy");
    assertThat(robot.lookup("#microphoneStatus").queryAs(Label.class).getStyleClass())
        .contains("danger");

    robot.clickOn("1. bt-headset (not connected)");
    robot.clickOn("#speakerTest");
    assertThat(text(robot, "speakerStatus"))
        .isEqualTo("Could not play the test sound: bt-headset is not connected.");

    robot.clickOn("#ringerTest");
    assertThat(disabled(robot, "ringerTest")).isTrue();
    robot.interact(() -> audio.checks.played("").complete(null));
    assertThat(text(robot, "ringerStatus")).isEqualTo("Test sound played.");
  }

  @Test
  void anAdministratorsLockMakesOnlyThatListReadOnly(FxRobot robot) {
    robot.interact(() -> locks.set(path -> path.equals("audio.speakers")));

    assertThat(disabled(robot, "speakersList")).isTrue();
    assertThat(disabled(robot, "speakersAdd")).isTrue();
    assertThat(robot.lookup("#speakersListLocked").queryAs(Label.class).isVisible()).isTrue();
    assertThat(disabled(robot, "microphonesList")).isFalse();
    assertThat(disabled(robot, "ringersAdd")).isFalse();
    assertThat(disabled(robot, "speakerTest")).as("tests stay usable").isFalse();
  }

  @Test
  void theSectionIsRightToLeftInPersian(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    ListView<?> list = robot.lookup("#speakersList").queryAs(ListView.class);
    list.getScene().getRoot().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(rows(robot, "speakersList")).contains("۲. USB Headset");
    assertThat(rows(robot, "speakersList").get(0)).contains("bt-headset").contains("وصل نیست");
    assertThat(robot.lookup("#speakersUp").queryAs(Button.class).getText()).isEqualTo("بالا بردن");
    assertThat(list.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
  }
}
