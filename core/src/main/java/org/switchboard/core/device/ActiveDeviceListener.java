package org.switchboard.core.device;

import org.jspecify.annotations.Nullable;

/**
 * Told when the device in use for a role changes: a preferred device appeared, the one in use
 * disappeared, or a switch was asked for. Called on a media-events thread; must return quickly.
 */
@FunctionalInterface
public interface ActiveDeviceListener {
  /**
   * @param role the role whose device changed
   * @param device the device now in use, or null for the system default
   * @param reason why it changed
   */
  void onActiveDeviceChanged(AudioDeviceRole role, @Nullable AudioDevice device, Reason reason);

  /** Why the device in use changed. */
  enum Reason {
    /** The preferences were changed. */
    PREFERENCES,
    /** A device more preferred than the one in use appeared. */
    PREFERRED_APPEARED,
    /** The device in use disappeared; the next preferred one took over. */
    DEVICE_LOST,
    /** {@link DeviceRouting#switchTo} was called. */
    REQUESTED
  }
}
