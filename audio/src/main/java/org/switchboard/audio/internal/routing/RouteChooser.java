package org.switchboard.audio.internal.routing;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;

/**
 * The rule for which device a role uses: a device asked for with {@code switchTo} while it is
 * present; else the first preferred device that is present; else the system default (null). A
 * device the server refused to open is passed over until it is unplugged and plugged again.
 * Stateless; safe from any thread.
 */
final class RouteChooser {
  private RouteChooser() {}

  static @Nullable AudioDevice choose(
      AudioDeviceRole role,
      DevicePreferences preferences,
      @Nullable String requested,
      DeviceSnapshot present,
      Set<String> refused) {
    if (requested != null && !refused.contains(requested)) {
      AudioDevice device = present.find(role, requested).orElse(null);
      if (device != null) {
        return device;
      }
    }
    for (String id : preferences.preferred(role)) {
      if (!refused.contains(id)) {
        AudioDevice device = present.find(role, id).orElse(null);
        if (device != null) {
          return device;
        }
      }
    }
    return null;
  }
}
