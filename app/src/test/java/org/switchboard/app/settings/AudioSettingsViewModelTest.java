package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

class AudioSettingsViewModelTest {
  private static final AudioDeviceRole MIC = AudioDeviceRole.CAPTURE;
  private static final AudioDeviceRole SPEAKER = AudioDeviceRole.PLAYBACK;

  private final FakeAudio audio = new FakeAudio();
  private final AudioSettingsViewModel vm =
      new AudioSettingsViewModel(
          audio.ports(), new Localizer(Language.ENGLISH), Runnable::run, Runnable::run);

  private static AudioSettings saved(List<String> mics, List<String> speakers) {
    return new AudioSettings(new DevicePreferences(mics, speakers, List.of(), false, Map.of()));
  }

  @Test
  void savedDevicesAreListedInOrderAndOnesNotPluggedInAreKeptAndMarked() {
    vm.apply(saved(List.of("bt-mic", "usb-headset-in"), List.of()));
    vm.refresh();

    assertThat(vm.list(MIC).listed())
        .containsExactly(
            new DeviceRow("bt-mic", "bt-mic", false),
            new DeviceRow("usb-headset-in", "USB Headset", true));
    assertThat(vm.list(MIC).addable()).isEmpty();
    assertThat(vm.list(SPEAKER).addable())
        .extracting(DeviceRow::id)
        .containsExactly("usb-headset-out", "desk-out");

    audio.devices.plug(new AudioDevice("bt-mic", "BT Headset", MIC));
    assertThat(vm.list(MIC).listed().get(0)).isEqualTo(new DeviceRow("bt-mic", "BT Headset", true));

    audio.devices.unplug("bt-mic");
    assertThat(vm.list(MIC).listed().get(0))
        .as("an unplugged device keeps the name it was seen with")
        .isEqualTo(new DeviceRow("bt-mic", "BT Headset", false));
    assertThat(vm.current().devices().capture()).containsExactly("bt-mic", "usb-headset-in");
  }

  @Test
  void devicesAreAddedLastAndReorderedAndRemoved() {
    vm.refresh();
    DeviceListViewModel speakers = vm.list(SPEAKER);
    speakers.add(speakers.addable().get(0));
    speakers.add(speakers.addable().get(0));
    assertThat(speakers.ids()).containsExactly("usb-headset-out", "desk-out");
    assertThat(speakers.selectedProperty().get().id()).isEqualTo("desk-out");
    assertThat(speakers.canMoveDownProperty().get()).isFalse();
    assertThat(speakers.addable()).isEmpty();

    speakers.moveUp();

    assertThat(speakers.ids()).containsExactly("desk-out", "usb-headset-out");
    assertThat(speakers.selectedProperty().get().id()).isEqualTo("desk-out");
    assertThat(speakers.canMoveUpProperty().get()).isFalse();
    assertThat(speakers.canMoveDownProperty().get()).isTrue();
    assertThat(vm.current().devices().playback()).containsExactly("desk-out", "usb-headset-out");

    speakers.remove();
    assertThat(speakers.ids()).containsExactly("usb-headset-out");
    assertThat(speakers.addable()).extracting(DeviceRow::id).containsExactly("desk-out");
    assertThat(speakers.canRemoveProperty().get()).isFalse();
  }

  @Test
  void theDeviceInUseFollowsTheRouting() {
    AudioDevice headset = new AudioDevice("usb-headset-out", "USB Headset", SPEAKER);
    audio.routing.changeTo(SPEAKER, headset, Reason.PREFERENCES);
    vm.refresh();
    assertThat(vm.list(SPEAKER).activeProperty().get()).isEqualTo(headset);

    audio.routing.changeTo(SPEAKER, null, Reason.DEVICE_LOST);

    assertThat(vm.list(SPEAKER).activeProperty().get()).isNull();
  }

  @Test
  void eachMicrophoneKeepsItsOwnProcessing() {
    vm.apply(saved(List.of("usb-headset-in", "laptop-mic"), List.of()));
    vm.refresh();
    DeviceListViewModel mics = vm.list(MIC);
    ProcessingViewModel processing = vm.processing();
    assertThat(processing.availableProperty().get()).isFalse();

    mics.selectedProperty().set(mics.listed().get(1));
    processing.echoCancellationProperty().set(true);
    processing.automaticGainProperty().set(true);
    mics.selectedProperty().set(mics.listed().get(0));

    assertThat(processing.availableProperty().get()).isTrue();
    assertThat(processing.echoCancellationProperty().get()).isFalse();
    assertThat(vm.current().devices().processing())
        .containsExactly(Map.entry("laptop-mic", new AudioProcessing(true, false, true)));
    mics.selectedProperty().set(mics.listed().get(1));
    assertThat(processing.automaticGainProperty().get()).isTrue();
  }

  @Test
  void theMeterFollowsTheMicrophoneBeingCheckedAndStops() {
    vm.apply(saved(List.of("usb-headset-in"), List.of()));
    vm.refresh();
    vm.startMeter();
    assertThat(audio.checks.open())
        .singleElement()
        .extracting(m -> m.deviceId)
        .isEqualTo("usb-headset-in");

    vm.list(MIC).selectedProperty().set(vm.list(MIC).listed().get(0));
    vm.list(MIC).remove();
    assertThat(audio.checks.open()).singleElement().extracting(m -> m.deviceId).isEqualTo("");
    FakeDeviceChecks.Meter old = audio.checks.meters.get(0);
    old.level.accept(0.9);
    assertThat(vm.tests().levelProperty().get()).as("a stopped meter's late level").isZero();
    audio.checks.open().get(0).level.accept(0.4);
    assertThat(vm.tests().levelProperty().get()).isEqualTo(0.4);
    audio.checks.open().get(0).level.accept(1.7);
    assertThat(vm.tests().levelProperty().get()).isEqualTo(1.0);

    vm.stopMeter();
    assertThat(audio.checks.open()).isEmpty();
    assertThat(vm.tests().levelProperty().get()).isZero();
  }

  @Test
  void theOutputMeterFollowsTheSpeakerBeingChecked() {
    vm.apply(saved(List.of(), List.of("usb-headset-out")));
    vm.refresh();
    vm.startMeter();
    assertThat(audio.checks.outputMeters)
        .filteredOn(m -> !m.closed)
        .singleElement()
        .extracting(m -> m.deviceId)
        .isEqualTo("usb-headset-out");
    FakeDeviceChecks.Meter speaker = audio.checks.outputMeters.get(0);
    speaker.level.accept(0.6);
    assertThat(vm.tests().outputLevelProperty().get()).isEqualTo(0.6);

    vm.stopMeter();
    assertThat(audio.checks.outputMeters).allMatch(m -> m.closed);
    assertThat(vm.tests().outputLevelProperty().get()).isZero();
  }

  @Test
  void theMicrophoneTestRecordsOnTheCheckedMicrophoneAndPlaysBackOnTheSpeaker() {
    vm.apply(saved(List.of("usb-headset-in"), List.of("desk-out")));
    vm.refresh();
    DeviceTestsViewModel tests = vm.tests();

    tests.run(DeviceTestsViewModel.Test.MICROPHONE);

    FakeDeviceChecks.MicrophoneTest test = audio.checks.microphoneTests.get(0);
    assertThat(test.captureId()).isEqualTo("usb-headset-in");
    assertThat(test.playbackId()).isEqualTo("desk-out");
    assertThat(test.length()).isEqualTo(Duration.ofSeconds(3));
    assertThat(tests.runningProperty(DeviceTestsViewModel.Test.MICROPHONE).get()).isTrue();
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.MICROPHONE).get())
        .isEqualTo("Speak for 3 seconds, then listen…");
    tests.run(DeviceTestsViewModel.Test.MICROPHONE);
    assertThat(audio.checks.microphoneTests).as("no second run while one runs").hasSize(1);

    test.done().complete(null);
    assertThat(tests.runningProperty(DeviceTestsViewModel.Test.MICROPHONE).get()).isFalse();
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.MICROPHONE).get())
        .isEqualTo("Test finished: did you hear yourself?");

    tests.run(DeviceTestsViewModel.Test.MICROPHONE);
    audio
        .checks
        .microphoneTests
        .get(1)
        .done()
        .completeExceptionally(new CompletionException(new IllegalStateException("device busy")));
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.MICROPHONE).get())
        .isEqualTo("Microphone test failed: device busy");
    assertThat(tests.failedProperty(DeviceTestsViewModel.Test.MICROPHONE).get()).isTrue();
  }

  @Test
  void speakerAndRingerTestsPlayOnTheirDeviceAndADeviceNotPluggedInFailsAtOnce() {
    vm.apply(
        new AudioSettings(
            new DevicePreferences(
                List.of(), List.of("gone-out"), List.of("desk-ring"), true, Map.of())));
    vm.refresh();
    DeviceTestsViewModel tests = vm.tests();

    tests.run(DeviceTestsViewModel.Test.RINGER);
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.RINGER).get())
        .isEqualTo("Playing a test sound…");
    audio.checks.played("desk-ring").complete(null);
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.RINGER).get())
        .isEqualTo("Test sound played.");

    vm.list(SPEAKER).selectedProperty().set(vm.list(SPEAKER).listed().get(0));
    tests.run(DeviceTestsViewModel.Test.SPEAKER);
    assertThat(audio.checks.tests).containsOnlyKeys("desk-ring");
    assertThat(tests.statusProperty(DeviceTestsViewModel.Test.SPEAKER).get())
        .isEqualTo("Could not play the test sound: gone-out is not connected.");
    assertThat(tests.failedProperty(DeviceTestsViewModel.Test.SPEAKER).get()).isTrue();
  }

  @Test
  void closeStopsFollowingDevicesAndTheRouting() {
    vm.refresh();
    assertThat(audio.devices.listeners()).isEqualTo(1);
    assertThat(audio.routing.listeners()).isEqualTo(1);
    vm.close();
    assertThat(audio.devices.listeners()).isZero();
    assertThat(audio.routing.listeners()).isZero();
  }
}
