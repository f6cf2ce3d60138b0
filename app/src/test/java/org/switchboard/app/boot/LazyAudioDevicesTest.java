package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

class LazyAudioDevicesTest {
  private final AtomicInteger starts = new AtomicInteger();
  private final List<Runnable> attached = new ArrayList<>();

  private final AudioDevices real =
      new AudioDevices() {
        @Override
        public List<AudioDevice> list(AudioDeviceRole role) {
          return List.of(new AudioDevice("hs1", "USB headset", role));
        }

        @Override
        public Subscription addChangeListener(Runnable onChange) {
          attached.add(onChange);
          return () -> attached.remove(onChange);
        }
      };

  @Test
  void theAudioSystemStartsOnTheFirstListingAndEarlierListenersHearChanges() {
    LazyAudioDevices devices =
        new LazyAudioDevices(
            () -> {
              starts.incrementAndGet();
              return real;
            });
    AtomicInteger changes = new AtomicInteger();
    devices.addChangeListener(changes::incrementAndGet);
    assertThat(starts).hasValue(0);

    assertThat(devices.list(AudioDeviceRole.CAPTURE))
        .extracting(AudioDevice::id)
        .containsExactly("hs1");
    devices.list(AudioDeviceRole.RINGER);
    assertThat(starts).hasValue(1);
    attached.forEach(Runnable::run);
    assertThat(changes).hasValue(1);
  }

  @Test
  void anAudioSystemThatCannotStartListsNothingAndIsNotRetried() {
    LazyAudioDevices devices =
        new LazyAudioDevices(
            () -> {
              starts.incrementAndGet();
              throw new IllegalStateException("no sound server");
            });
    assertThat(devices.list(AudioDeviceRole.PLAYBACK)).isEmpty();
    assertThat(devices.list(AudioDeviceRole.PLAYBACK)).isEmpty();
    assertThat(starts).hasValue(1);
  }
}
