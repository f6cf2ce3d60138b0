package org.switchboard.app.boot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/**
 * The audio devices, started on first use: starting libjitsi takes up to a second, which must not
 * happen on the JavaFX thread while the window opens. {@link #list} (called on {@code desktop-io})
 * starts it; change listeners registered before then are attached once it runs. Without a working
 * audio system it lists nothing.
 */
final class LazyAudioDevices implements AudioDevices {
  private static final Logger log = LoggerFactory.getLogger(LazyAudioDevices.class);

  private final Supplier<AudioDevices> starter;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private @Nullable AudioDevices started;
  private boolean failed;

  LazyAudioDevices(Supplier<AudioDevices> starter) {
    this.starter = starter;
  }

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    AudioDevices devices = devices();
    return devices == null ? List.of() : devices.list(role);
  }

  @Override
  public Subscription addChangeListener(Runnable onChange) {
    listeners.add(onChange);
    return () -> listeners.remove(onChange);
  }

  private synchronized @Nullable AudioDevices devices() {
    if (started == null && !failed) {
      try {
        AudioDevices devices = starter.get();
        devices.addChangeListener(() -> listeners.forEach(Runnable::run));
        started = devices;
      } catch (RuntimeException e) {
        failed = true;
        log.warn("audio devices cannot be listed: {}", e.toString());
      }
    }
    return started;
  }
}
