package org.switchboard.app.settings;

/**
 * Which settings an administrator has fixed for this machine (provisioning): the settings screens
 * show those read-only. A path names a field as the settings file does ({@code domain}, {@code
 * audio.microphone}, {@code general.startAtLogin}); a locked section ({@code audio}) locks each of
 * its fields.
 */
@FunctionalInterface
public interface SettingLocks {
  /** Whether the field at {@code path} is locked. */
  boolean isLocked(String path);

  /** Nothing locked: a machine without provisioning. */
  static SettingLocks none() {
    return path -> false;
  }
}
