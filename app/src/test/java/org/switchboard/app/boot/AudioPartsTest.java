package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.media.CallTone;

/** {@link AudioParts} where no sound server answers: stand-ins that work and say why. */
class AudioPartsTest {
  private static final String NO_SERVER = "unix:/nonexistent/switchboard-test/native";

  @Test
  void withoutASoundServerDevicesAreEmptyAndCallsHaveNoDevices() {
    AudioParts parts = AudioParts.connect(NO_SERVER);
    try {
      for (AudioDeviceRole role : AudioDeviceRole.values()) {
        assertThat(parts.devices().list(role)).isEmpty();
        assertThat(parts.routing().active(role)).isNull();
      }
      assertThat(parts.calls()).isNull();
    } finally {
      parts.close().run();
    }
  }

  @Test
  void withoutASoundServerTonesAreSilentAndThrowNothing() {
    AudioParts parts = AudioParts.connect(NO_SERVER);
    assertThatCode(() -> parts.tones().play(CallTone.RINGTONE).close()).doesNotThrowAnyException();
    assertThatCode(() -> parts.close().run()).doesNotThrowAnyException();
  }

  @Test
  void withoutASoundServerPreferencesAreKeptAndSwitchesAndChecksSayWhyTheyFail() {
    AudioParts parts = AudioParts.connect(NO_SERVER);
    DevicePreferences prefs =
        new DevicePreferences(List.of("mic"), List.of("headset"), List.of(), true, Map.of());

    parts.routing().setPreferences(prefs);

    assertThat(parts.routing().preferences()).isEqualTo(prefs);
    assertThatThrownBy(() -> parts.routing().switchTo(AudioDeviceRole.PLAYBACK, "headset"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'headset'")
        .hasMessageContaining("No sound server");
    assertThat(parts.checks().speakerTest("headset"))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .withMessageContaining("No sound server");
    assertThat(parts.checks().microphoneTest("mic", "headset", Duration.ofSeconds(1)))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .withMessageContaining("No sound server");
  }
}
