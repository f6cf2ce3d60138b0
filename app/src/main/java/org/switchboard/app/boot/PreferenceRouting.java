package org.switchboard.app.boot;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.device.DeviceRouting;

/**
 * INTERIM (issue 4): a {@link DeviceRouting} that only keeps the choice (the first preferred device
 * plugged in, or the one switched to) and tells listeners; the interim media engine does not follow
 * it. The lead replaces it with the audio module's routing. Listeners are called on the thread that
 * changed the preferences or on the device-change thread.
 */
final class PreferenceRouting implements DeviceRouting {
  private final AudioDevices devices;
  private final List<ActiveDeviceListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<AudioDeviceRole, String> requested = new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, @Nullable AudioDevice> last =
      new EnumMap<>(AudioDeviceRole.class);
  private DevicePreferences preferences = DevicePreferences.SYSTEM_DEFAULTS;

  PreferenceRouting(AudioDevices devices) {
    this.devices = devices;
    devices.addChangeListener(this::devicesChanged);
  }

  @Override
  public synchronized void setPreferences(DevicePreferences preferences) {
    this.preferences = Objects.requireNonNull(preferences, "preferences");
    requested.clear();
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      tell(role, Reason.PREFERENCES);
    }
  }

  @Override
  public synchronized DevicePreferences preferences() {
    return preferences;
  }

  @Override
  public synchronized @Nullable AudioDevice active(AudioDeviceRole role) {
    List<AudioDevice> present = devices.list(role);
    String asked = requested.get(role);
    for (String id : asked == null ? preferences.preferred(role) : List.of(asked)) {
      for (AudioDevice d : present) {
        if (d.id().equals(id)) {
          return d;
        }
      }
    }
    return null;
  }

  @Override
  public synchronized void switchTo(AudioDeviceRole role, String deviceId) {
    if (devices.list(role).stream().noneMatch(d -> d.id().equals(deviceId))) {
      throw new IllegalArgumentException("no such device plugged in: " + deviceId);
    }
    requested.put(role, deviceId);
    tell(role, Reason.REQUESTED);
  }

  @Override
  public Subscription onActiveDeviceChanged(ActiveDeviceListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private synchronized void devicesChanged() {
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      AudioDevice before = last.get(role);
      AudioDevice now = active(role);
      if (!last.containsKey(role)) {
        last.put(role, now); // the first listing is no change to tell of
        continue;
      }
      if (Objects.equals(before, now)) {
        continue;
      }
      boolean lost = before != null && devices.list(role).stream().noneMatch(before::equals);
      tell(role, lost ? Reason.DEVICE_LOST : Reason.PREFERRED_APPEARED);
    }
  }

  private void tell(AudioDeviceRole role, Reason why) {
    AudioDevice now = active(role);
    last.put(role, now);
    listeners.forEach(l -> l.onActiveDeviceChanged(role, now, why));
  }
}
