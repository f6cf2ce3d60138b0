package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;

class PreferenceRoutingTest {
  private static final AudioDeviceRole OUT = AudioDeviceRole.PLAYBACK;

  private final FakeAudioDevices devices = FakeAudioDevices.sample();
  private final PreferenceRouting routing = new PreferenceRouting(devices);
  private final List<String> told = new CopyOnWriteArrayList<>();

  PreferenceRoutingTest() {
    routing.onActiveDeviceChanged(
        (role, device, why) ->
            told.add(role + " " + (device == null ? "default" : device.id()) + " " + why));
  }

  private static DevicePreferences speakers(String... ids) {
    return new DevicePreferences(List.of(), List.of(ids), List.of(), false, Map.of());
  }

  @Test
  void theFirstPreferredDevicePluggedInIsUsedElseTheSystemDefault() {
    routing.setPreferences(speakers("bt-out", "desk-out", "usb-headset-out"));

    assertThat(java.util.Objects.requireNonNull(routing.active(OUT)).id()).isEqualTo("desk-out");
    assertThat(routing.active(AudioDeviceRole.CAPTURE)).isNull();
    assertThat(told).contains("PLAYBACK desk-out PREFERENCES", "CAPTURE default PREFERENCES");
  }

  @Test
  void followsPlugging() {
    routing.setPreferences(speakers("bt-out", "desk-out"));
    told.clear();

    devices.plug(new AudioDevice("bt-out", "BT Headset", OUT));
    devices.unplug("bt-out");

    assertThat(told)
        .containsExactly("PLAYBACK bt-out PREFERRED_APPEARED", "PLAYBACK desk-out DEVICE_LOST");
  }

  @Test
  void aSwitchLastsUntilThePreferencesChangeAndAnAbsentDeviceIsRefused() {
    routing.setPreferences(speakers("desk-out"));
    routing.switchTo(OUT, "usb-headset-out");
    assertThat(java.util.Objects.requireNonNull(routing.active(OUT)).id())
        .isEqualTo("usb-headset-out");
    assertThat(told).contains("PLAYBACK usb-headset-out REQUESTED");

    assertThatThrownBy(() -> routing.switchTo(OUT, "bt-out"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bt-out");

    routing.setPreferences(speakers("desk-out"));
    assertThat(java.util.Objects.requireNonNull(routing.active(OUT)).id()).isEqualTo("desk-out");
  }
}
