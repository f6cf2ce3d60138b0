package org.switchboard.app.settings;

import java.util.Objects;

/**
 * A device in an audio list of the settings screen.
 *
 * @param id the stable device id
 * @param name the device's name; the id when it was never seen plugged in
 * @param connected false for a listed device that is not plugged in now
 */
public record DeviceRow(String id, String name, boolean connected) {
  public DeviceRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
