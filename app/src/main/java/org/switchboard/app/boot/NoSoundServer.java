package org.switchboard.app.boot;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceChecks;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.device.DeviceRouting;

/**
 * The audio devices where no sound server is reachable: no devices, the system default in use for
 * every role, preferences kept (so saving settings works), switches refused and checks failing with
 * a message saying why. Thread-safe; it never calls listeners (nothing ever changes).
 */
final class NoSoundServer implements AudioDevices, DeviceRouting, DeviceChecks {
  /** The message the checks fail with and a switch is refused with. */
  static final String NO_SERVER = "No sound server is running, so no audio device can be used.";

  private volatile DevicePreferences preferences = DevicePreferences.SYSTEM_DEFAULTS;

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    return List.of();
  }

  @Override
  public Subscription addChangeListener(Runnable onChange) {
    return () -> {};
  }

  @Override
  public void setPreferences(DevicePreferences preferences) {
    this.preferences = Objects.requireNonNull(preferences, "preferences");
  }

  @Override
  public DevicePreferences preferences() {
    return preferences;
  }

  @Override
  public @Nullable AudioDevice active(AudioDeviceRole role) {
    return null;
  }

  @Override
  public void switchTo(AudioDeviceRole role, String deviceId) {
    throw new IllegalArgumentException("'" + deviceId + "' is not present: " + NO_SERVER);
  }

  @Override
  public Subscription onActiveDeviceChanged(ActiveDeviceListener listener) {
    return () -> {};
  }

  @Override
  public Subscription inputLevel(String deviceId, DoubleConsumer level) {
    return () -> {};
  }

  /** Without a sound server nothing plays: no level to report. */
  @Override
  public Subscription outputLevel(String deviceId, DoubleConsumer level) {
    return () -> {};
  }

  @Override
  public CompletableFuture<Void> microphoneTest(
      String captureId, String playbackId, Duration length) {
    return CompletableFuture.failedFuture(new IllegalStateException(NO_SERVER));
  }

  @Override
  public CompletableFuture<Void> speakerTest(String deviceId) {
    return CompletableFuture.failedFuture(new IllegalStateException(NO_SERVER));
  }
}
