package org.switchboard.core.device;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;

/**
 * Chooses the device in use per role from the agent's {@link DevicePreferences}, and follows
 * hot-plugging: a more preferred device that appears is switched to, and when the device in use
 * disappears (also mid-call) the next preferred present one takes over without dropping the call.
 * Calls whose source or sink is a device follow these choices.
 */
public interface DeviceRouting {
  /** Replaces the preferences; applied at once, also to calls in progress. */
  void setPreferences(DevicePreferences preferences);

  /** The preferences in force. */
  DevicePreferences preferences();

  /** The device in use now for {@code role}; null for the system default. */
  @Nullable AudioDevice active(AudioDeviceRole role);

  /**
   * Uses {@code deviceId} for {@code role} now, also for calls in progress, until the preferences
   * change or the device disappears. Unknown or absent ids are refused with an {@link
   * IllegalArgumentException} naming them.
   */
  void switchTo(AudioDeviceRole role, String deviceId);

  /** Registers a listener for changes of the device in use; see {@link ActiveDeviceListener}. */
  Subscription onActiveDeviceChanged(ActiveDeviceListener listener);
}
