package org.switchboard.core.device;

import java.util.Objects;

/**
 * An audio device as the platform reports it.
 *
 * @param id a stable identifier that survives re-plugging (not an index)
 * @param name the name to show the user
 * @param role the role this entry is listed for
 */
public record AudioDevice(String id, String name, AudioDeviceRole role) {
  public AudioDevice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
