package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.core.device.AudioDeviceRole;

/** Runs in surefire's default JVM, whose PULSE_SERVER points at no sound server. */
class LibjitsiAudioDevicesTest {
  @Test
  void listsNoFakeDevicesWithoutASoundServer() {
    LibjitsiAudioDevices devices = LibjitsiAudioDevices.start();
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      assertThat(devices.list(role)).as("%s devices", role).isEmpty();
    }
    devices.addChangeListener(() -> {}).close();
  }
}
