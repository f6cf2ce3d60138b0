package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.app.settings.FakeDeviceRouting;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The call panel's device menu and device notice on Monocle, driven as an agent drives them. */
@ExtendWith(ApplicationExtension.class)
class CallDevicesViewTest {
  private final FakeAudioDevices devices = FakeAudioDevices.sample();
  private final FakeDeviceRouting routing = new FakeDeviceRouting(devices);
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  @Start
  void start(Stage stage) {
    routing.changeTo(
        AudioDeviceRole.PLAYBACK,
        new AudioDevice("usb-headset-out", "USB Headset", AudioDeviceRole.PLAYBACK),
        Reason.PREFERENCES);
    ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
    CallsModel calls = new CallsModel(new FakeCallControl(), Platform::runLater, clock);
    CallPanelViewModel panel =
        new CallPanelViewModel(
            calls, new FakeTransferDirectory(), localizer, Platform::runLater, clock);
    CallDevicesViewModel vm =
        new CallDevicesViewModel(
            devices, routing, localizer, Runnable::run, Platform::runLater, (d, a) -> {});
    stage.setScene(new Scene(new CallPanelView(panel, vm, localizer).root(), 560, 700));
    stage.show();
  }

  @Test
  void theMenuShowsTheDeviceInUseAndSwitchesToTheOneChosen(FxRobot robot) {
    robot.clickOn("#devices");
    RadioMenuItem headset =
        (RadioMenuItem)
            robot.lookup("#devices").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "device-playback-0".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    assertThat(headset.isSelected()).isTrue();

    robot.clickOn("Desk speaker");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(routing.switches).containsExactly("PLAYBACK:desk-out");
    RadioMenuItem desk =
        (RadioMenuItem)
            robot.lookup("#devices").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "device-playback-1".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    assertThat(desk.isSelected()).isTrue();
  }

  @Test
  void aDeviceLostMidCallIsToldInThePanelAlsoRightToLeft(FxRobot robot) {
    Label notice = robot.lookup("#deviceNotice").queryAs(Label.class);
    assertThat(notice.isVisible()).isFalse();

    routing.changeTo(
        AudioDeviceRole.PLAYBACK,
        new AudioDevice("desk-out", "Desk speaker", AudioDeviceRole.PLAYBACK),
        Reason.DEVICE_LOST);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(notice.isVisible()).isTrue();
    assertThat(notice.getText()).isEqualTo("USB Headset disconnected; using Desk speaker");

    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    assertThat(notice.getText())
        .contains("USB Headset")
        .contains("Desk speaker")
        .contains("قطع شد");
    assertThat(notice.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#devices").queryAs(MenuButton.class).getText())
        .isEqualTo("دستگاه‌های صوتی");
  }
}
