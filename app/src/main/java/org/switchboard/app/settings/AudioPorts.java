package org.switchboard.app.settings;

import java.util.Objects;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceChecks;
import org.switchboard.core.device.DeviceRouting;

/**
 * The audio ports the settings screen works with, filled by the composition root.
 *
 * @param devices lists the devices plugged in and tells of changes
 * @param routing takes the saved preferences and tells which device is in use
 * @param checks the input meter and the microphone and speaker tests
 */
public record AudioPorts(AudioDevices devices, DeviceRouting routing, DeviceChecks checks) {
  public AudioPorts {
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(checks, "checks");
  }
}
