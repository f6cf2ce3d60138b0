package org.switchboard.audio.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

class DeviceRouterTest {
  private final FakeBackend backend = new FakeBackend();
  private final List<String> changes = new ArrayList<>();
  private final DeviceRouter router = new DeviceRouter(backend, Runnable::run, Runnable::run);

  @BeforeEach
  void present() {
    backend.addOutput("speaker");
    backend.addCapture("laptop-mic");
    router.onActiveDeviceChanged(
        (role, device, reason) ->
            changes.add(role + " " + (device == null ? "default" : device.id()) + " " + reason));
    router.devicesChanged(backend.devices());
  }

  private void plug(String output) {
    backend.addOutput(output);
    router.devicesChanged(backend.devices());
  }

  private void unplug(String id) {
    backend.remove(id);
    router.devicesChanged(backend.devices());
  }

  private String activePlayback() {
    AudioDevice device = router.active(AudioDeviceRole.PLAYBACK);
    return device == null ? "default" : device.id();
  }

  private static DevicePreferences playback(String... ids) {
    return new DevicePreferences(List.of(), List.of(ids), List.of(), false, Map.of());
  }

  @Test
  void withoutPreferencesTheSystemDefaultIsUsed() {
    RoutedPlayback call = router.openPlayback(16000, null);

    assertThat(router.active(AudioDeviceRole.PLAYBACK)).isNull();
    assertThat(backend.last().request.deviceId()).isNull();
    call.close();
    assertThat(backend.last().closed).isTrue();
  }

  @Test
  void theFirstPresentPreferredDeviceIsUsedAndAPluggedMorePreferredOneTakesOver() {
    router.setPreferences(playback("headset", "speaker"));
    RoutedPlayback call = router.openPlayback(16000, null);
    FakeBackend.FakeStream onSpeaker = backend.last();

    plug("headset");

    assertThat(activePlayback()).isEqualTo("headset");
    assertThat(changes)
        .contains("PLAYBACK speaker PREFERENCES", "PLAYBACK headset PREFERRED_APPEARED");
    assertThat(backend.last().request.deviceId()).isEqualTo("headset");
    assertThat(onSpeaker.closed).as("the old stream is released after the swap").isTrue();
    call.write(new short[320]);
    assertThat(backend.last().written).isEqualTo(1);
  }

  @Test
  void losingTheDeviceInUseFallsBackToTheNextPreferredOne() {
    plug("headset");
    router.setPreferences(playback("headset", "speaker"));
    router.openPlayback(16000, null);

    unplug("headset");

    assertThat(activePlayback()).isEqualTo("speaker");
    assertThat(changes).endsWith("PLAYBACK speaker DEVICE_LOST");
    assertThat(backend.last().request.deviceId()).isEqualTo("speaker");
  }

  @Test
  void aDeviceTheServerRefusesIsPassedOverAndTheNextOneIsUsed() {
    plug("headset");
    backend.refusing.add("headset");
    router.setPreferences(playback("headset", "speaker"));

    router.openPlayback(16000, null);

    assertThat(activePlayback()).isEqualTo("speaker");
    assertThat(backend.last().request.deviceId()).isEqualTo("speaker");
    assertThat(changes).contains("PLAYBACK speaker DEVICE_LOST");
  }

  @Test
  void switchToMovesCallsUntilTheDeviceDisappears() {
    plug("headset");
    router.setPreferences(playback("speaker"));
    router.openPlayback(16000, null);

    router.switchTo(AudioDeviceRole.PLAYBACK, "headset");
    assertThat(backend.last().request.deviceId()).isEqualTo("headset");
    assertThat(changes).contains("PLAYBACK headset REQUESTED");

    unplug("headset");
    assertThat(activePlayback()).isEqualTo("speaker");
  }

  @Test
  void switchToAnAbsentDeviceIsRefusedNamingIt() {
    assertThatThrownBy(() -> router.switchTo(AudioDeviceRole.CAPTURE, "gone-mic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gone-mic'")
        .hasMessageContaining("laptop-mic");
  }

  @Test
  void aBrokenStreamIsReopened() {
    RoutedPlayback call = router.openPlayback(16000, null);
    FakeBackend.FakeStream first = backend.last();
    first.broken = true;

    call.write(new short[320]);

    assertThat(backend.last()).isNotSameAs(first);
    assertThat(first.closed).isTrue();
  }

  @Test
  void theCallsEarpieceCarriesTheProcessingOfTheMicrophoneInUse() {
    router.setPreferences(
        new DevicePreferences(
            List.of("laptop-mic"),
            List.of(),
            List.of(),
            false,
            Map.of("laptop-mic", AudioProcessing.ALL)));

    router.openCapture(16000, null);
    assertThat(backend.last().request.processing()).isEqualTo(AudioProcessing.ALL);
    router.openPlayback(16000, null);
    assertThat(backend.last().request.processing()).isEqualTo(AudioProcessing.ALL);
  }

  @Test
  void ringingOnAllPresentOpensOneOutputPerPresentRinger() {
    plug("headset");
    router.setPreferences(
        new DevicePreferences(
            List.of(), List.of(), List.of("headset", "speaker", "absent"), true, Map.of()));

    List<FrameOutput> ringers = router.openRingers(8000);

    assertThat(ringers).hasSize(2);
    assertThat(backend.opened)
        .extracting(s -> s.request.deviceId())
        .containsExactly("headset", "speaker");
    assertThat(backend.opened).allMatch(s -> s.request.purpose() == StreamPurpose.RING);
  }
}
