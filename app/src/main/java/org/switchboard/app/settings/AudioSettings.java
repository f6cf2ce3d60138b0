package org.switchboard.app.settings;

import java.util.Objects;
import org.switchboard.core.device.DevicePreferences;

/**
 * The audio section as saved: the agent's ordered preferred devices per role, "ring on all listed
 * ringers" and the voice processing per microphone, by stable device id ({@link
 * org.switchboard.core.device.AudioDevice#id()}). Applied through {@link
 * org.switchboard.core.device.DeviceRouting#setPreferences}.
 */
public record AudioSettings(DevicePreferences devices) {
  public AudioSettings {
    Objects.requireNonNull(devices, "devices");
  }

  /** No preference: the system's default devices, no extra processing. */
  public static AudioSettings defaults() {
    return new AudioSettings(DevicePreferences.SYSTEM_DEFAULTS);
  }
}
