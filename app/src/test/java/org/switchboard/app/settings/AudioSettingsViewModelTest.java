package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AudioSettingsViewModel.DeviceChoice;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

class AudioSettingsViewModelTest {
  private final FakeAudioDevices devices = FakeAudioDevices.sample();
  private final FakeAudioCheck check = new FakeAudioCheck();
  private final AudioSettingsViewModel vm =
      new AudioSettingsViewModel(
          devices, check, new Localizer(Language.ENGLISH), Runnable::run, Runnable::run);

  @Test
  void listsTheDevicesOfEachRoleAfterTheSystemDefault() {
    vm.refresh();

    assertThat(vm.choices(AudioDeviceRole.PLAYBACK))
        .extracting(DeviceChoice::id)
        .containsExactly("", "usb-headset-out", "desk-out");
    assertThat(vm.choices(AudioDeviceRole.RINGER))
        .extracting(DeviceChoice::id)
        .containsExactly("", "desk-ring");
    assertThat(vm.selectedProperty(AudioDeviceRole.CAPTURE).get().isSystemDefault()).isTrue();
  }

  @Test
  void aSavedDeviceThatIsUnpluggedStaysChosenAndComesBackWhenPlugged() {
    vm.refresh();
    vm.apply(new AudioSettings("", "bt-headset", ""));

    DeviceChoice chosen = vm.selectedProperty(AudioDeviceRole.PLAYBACK).get();
    assertThat(chosen).isEqualTo(new DeviceChoice("bt-headset", "bt-headset", false));
    assertThat(vm.current().speaker()).isEqualTo("bt-headset");

    devices.plug(new AudioDevice("bt-headset", "BT Headset", AudioDeviceRole.PLAYBACK));

    assertThat(vm.selectedProperty(AudioDeviceRole.PLAYBACK).get())
        .isEqualTo(new DeviceChoice("bt-headset", "BT Headset", true));
    assertThat(vm.choices(AudioDeviceRole.PLAYBACK)).hasSize(4);
  }

  @Test
  void aMomentaryNullFromTheComboBoxIsNotAChoice() {
    vm.refresh();
    vm.selectedProperty(AudioDeviceRole.CAPTURE).set(vm.choices(AudioDeviceRole.CAPTURE).get(1));
    vm.selectedProperty(AudioDeviceRole.CAPTURE).set(null);
    assertThat(vm.current().microphone()).isEqualTo("usb-headset-in");
  }

  @Test
  void theMeterFollowsTheChosenMicrophoneAndStops() {
    vm.refresh();
    vm.startMeter();
    assertThat(check.open()).singleElement().extracting(m -> m.deviceId).isEqualTo("");

    vm.selectedProperty(AudioDeviceRole.CAPTURE).set(vm.choices(AudioDeviceRole.CAPTURE).get(1));

    assertThat(check.open())
        .singleElement()
        .extracting(m -> m.deviceId)
        .isEqualTo("usb-headset-in");
    FakeAudioCheck.Meter old = check.meters.get(0);
    old.level.accept(0.9);
    assertThat(vm.levelProperty().get()).as("a stopped meter's late level").isZero();
    check.open().get(0).level.accept(1.7);
    assertThat(vm.levelProperty().get()).isEqualTo(1.0);

    vm.stopMeter();
    assertThat(check.open()).isEmpty();
    assertThat(vm.levelProperty().get()).isZero();
  }

  @Test
  void theTestButtonPlaysOnTheChosenDeviceAndSaysHowItWent() {
    vm.refresh();
    vm.selectedProperty(AudioDeviceRole.RINGER).set(vm.choices(AudioDeviceRole.RINGER).get(1));

    vm.test(AudioDeviceRole.RINGER);

    assertThat(check.tests).containsOnlyKeys("desk-ring");
    assertThat(vm.testingProperty(AudioDeviceRole.RINGER).get()).isTrue();
    assertThat(vm.testStatusProperty(AudioDeviceRole.RINGER).get())
        .isEqualTo("Playing a test sound…");
    check.played("desk-ring").complete(null);
    assertThat(vm.testingProperty(AudioDeviceRole.RINGER).get()).isFalse();
    assertThat(vm.testStatusProperty(AudioDeviceRole.RINGER).get()).isEqualTo("Test sound played.");

    vm.test(AudioDeviceRole.PLAYBACK);
    check
        .played("")
        .completeExceptionally(new CompletionException(new IllegalStateException("device busy")));
    assertThat(vm.testStatusProperty(AudioDeviceRole.PLAYBACK).get())
        .isEqualTo("Could not play the test sound: device busy");
    assertThat(vm.testFailedProperty(AudioDeviceRole.PLAYBACK).get()).isTrue();
  }

  @Test
  void closeStopsWatchingDevices() {
    vm.refresh();
    assertThat(devices.listeners()).isEqualTo(1);
    vm.close();
    assertThat(devices.listeners()).isZero();
  }
}
