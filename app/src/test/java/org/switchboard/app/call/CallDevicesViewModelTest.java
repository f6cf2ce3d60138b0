package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.app.settings.FakeDeviceRouting;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

class CallDevicesViewModelTest {
  private static final AudioDevice HEADSET =
      new AudioDevice("usb-headset-out", "USB Headset", AudioDeviceRole.PLAYBACK);
  private static final AudioDevice DESK =
      new AudioDevice("desk-out", "Desk speaker", AudioDeviceRole.PLAYBACK);

  private final FakeAudioDevices devices = FakeAudioDevices.sample();
  private final FakeDeviceRouting routing = new FakeDeviceRouting(devices);
  private final List<Duration> delays = new ArrayList<>();
  private final List<Runnable> due = new ArrayList<>();
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  private CallDevicesViewModel viewModel() {
    return new CallDevicesViewModel(
        devices,
        routing,
        localizer,
        Runnable::run,
        Runnable::run,
        (delay, action) -> {
          delays.add(delay);
          due.add(action);
        });
  }

  @Test
  void listsMicrophonesAndSpeakersWithTheOnesInUse() {
    routing.changeTo(AudioDeviceRole.PLAYBACK, HEADSET, Reason.PREFERENCES);
    CallDevicesViewModel vm = viewModel();

    assertThat(vm.choices(AudioDeviceRole.CAPTURE))
        .extracting(AudioDevice::id)
        .containsExactly("usb-headset-in");
    assertThat(vm.choices(AudioDeviceRole.PLAYBACK)).containsExactly(HEADSET, DESK);
    assertThat(vm.activeProperty(AudioDeviceRole.PLAYBACK).get()).isEqualTo(HEADSET);
    assertThat(vm.activeProperty(AudioDeviceRole.CAPTURE).get()).isNull();
  }

  @Test
  void switchingUsesTheDeviceNowWithoutANotice() {
    CallDevicesViewModel vm = viewModel();

    vm.switchTo(DESK);

    assertThat(routing.switches).containsExactly("PLAYBACK:desk-out");
    assertThat(vm.activeProperty(AudioDeviceRole.PLAYBACK).get()).isEqualTo(DESK);
    assertThat(vm.noticeProperty().get()).isEmpty();
  }

  @Test
  void aRefusedSwitchIsShownAsAProblem() {
    CallDevicesViewModel vm = viewModel();
    devices.unplug("desk-out");

    vm.switchTo(DESK);

    assertThat(vm.noticeProperty().get())
        .isEqualTo("Could not switch to Desk speaker: no such device: desk-out");
    assertThat(vm.noticeIsProblemProperty().get()).isTrue();
  }

  @Test
  void aLostDeviceIsToldWithTheOneNowInUseAndTheNoticeGoesAfterAWhile() {
    routing.changeTo(AudioDeviceRole.PLAYBACK, HEADSET, Reason.PREFERENCES);
    CallDevicesViewModel vm = viewModel();

    routing.changeTo(AudioDeviceRole.PLAYBACK, DESK, Reason.DEVICE_LOST);

    assertThat(vm.noticeProperty().get()).isEqualTo("USB Headset disconnected; using Desk speaker");
    assertThat(vm.noticeIsProblemProperty().get()).isFalse();
    assertThat(vm.activeProperty(AudioDeviceRole.PLAYBACK).get()).isEqualTo(DESK);
    assertThat(delays).containsExactly(CallDevicesViewModel.NOTICE);
    due.get(0).run();
    assertThat(vm.noticeProperty().get()).isEmpty();
  }

  @Test
  void aPreferredDeviceThatAppearsIsTold() {
    CallDevicesViewModel vm = viewModel();

    routing.changeTo(AudioDeviceRole.PLAYBACK, HEADSET, Reason.PREFERRED_APPEARED);
    assertThat(vm.noticeProperty().get()).isEqualTo("USB Headset connected; using it");

    routing.changeTo(AudioDeviceRole.PLAYBACK, null, Reason.DEVICE_LOST);
    assertThat(vm.noticeProperty().get())
        .isEqualTo("USB Headset disconnected; using the system default");
    due.get(0).run();
    assertThat(vm.noticeProperty().get()).as("an older notice's timer clears nothing").isNotEmpty();
  }

  @Test
  void ringerChangesAreNotTheMenusBusinessAndCloseStopsFollowing() {
    CallDevicesViewModel vm = viewModel();
    routing.changeTo(
        AudioDeviceRole.RINGER,
        new AudioDevice("desk-ring", "Desk speaker", AudioDeviceRole.RINGER),
        Reason.DEVICE_LOST);
    assertThat(vm.noticeProperty().get()).isEmpty();

    vm.close();
    assertThat(routing.listeners()).isZero();
  }
}
