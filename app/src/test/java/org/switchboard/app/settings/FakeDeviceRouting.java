package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.device.DeviceRouting;

/**
 * Routing the test drives: records the preferences set and the switches asked for, and tells the
 * listeners what the test says ({@link #changeTo}). A switch to a device {@link FakeAudioDevices}
 * does not list is refused, as the port says.
 */
public final class FakeDeviceRouting implements DeviceRouting {
  public final List<DevicePreferences> set = new CopyOnWriteArrayList<>();
  public final List<String> switches = new CopyOnWriteArrayList<>();
  private final FakeAudioDevices devices;
  private final List<ActiveDeviceListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<AudioDeviceRole, @Nullable AudioDevice> active =
      new EnumMap<>(AudioDeviceRole.class);
  private DevicePreferences preferences = DevicePreferences.SYSTEM_DEFAULTS;

  public FakeDeviceRouting(FakeAudioDevices devices) {
    this.devices = devices;
  }

  @Override
  public void setPreferences(DevicePreferences preferences) {
    this.preferences = preferences;
    set.add(preferences);
  }

  @Override
  public DevicePreferences preferences() {
    return preferences;
  }

  @Override
  public @Nullable AudioDevice active(AudioDeviceRole role) {
    return active.get(role);
  }

  @Override
  public void switchTo(AudioDeviceRole role, String deviceId) {
    AudioDevice device =
        devices.list(role).stream()
            .filter(d -> d.id().equals(deviceId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no such device: " + deviceId));
    switches.add(role + ":" + deviceId);
    changeTo(role, device, Reason.REQUESTED);
  }

  @Override
  public Subscription onActiveDeviceChanged(ActiveDeviceListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Makes {@code device} the one in use for {@code role} and tells the listeners why. */
  public void changeTo(AudioDeviceRole role, @Nullable AudioDevice device, Reason why) {
    active.put(role, device);
    listeners.forEach(l -> l.onActiveDeviceChanged(role, device, why));
  }

  public int listeners() {
    return listeners.size();
  }
}
