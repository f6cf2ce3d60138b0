package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.audio.DeviceTonePlayer;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.testkit.Lab;

/** {@link AudioParts} on the lab's PulseAudio: every part is the audio module's real one. */
@Tag("lab")
@Timeout(20)
class AudioPartsLabTest {
  @Test
  void onASoundServerEveryPartAndTheCallsUseTheSameDevices() {
    AudioParts parts = AudioParts.connect(Lab.load().pulseServer());
    try {
      assertThat(parts.devices()).isInstanceOf(PulseAudioDevices.class);
      assertThat(parts.routing()).isSameAs(parts.devices());
      assertThat(parts.checks()).isSameAs(parts.devices());
      assertThat(parts.calls()).isSameAs(parts.devices());
      assertThat(parts.tones()).isInstanceOf(DeviceTonePlayer.class);
      assertThat(parts.devices().list(AudioDeviceRole.PLAYBACK))
          .extracting(AudioDevice::id)
          .contains("spk");
    } finally {
      parts.close().run();
    }
  }
}
