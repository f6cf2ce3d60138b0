package org.switchboard.audio.internal.device;

import java.util.List;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jspecify.annotations.Nullable;

/**
 * Stable device ids: the audio system's UID (PulseAudio's source or sink name), or the device name
 * where the system has no UID. Never an index. Thread-safe (stateless).
 */
public final class DeviceIds {
  private DeviceIds() {}

  /** The stable id of {@code device}. */
  public static String of(CaptureDeviceInfo2 device) {
    // getUID() falls back to the display name when the system reported no UID
    String uid = device.getUID();
    if (uid != null && !uid.isEmpty() && !uid.equals(device.getName())) {
      return uid;
    }
    return device.getLocator() == null ? device.getName() : device.getLocator().toExternalForm();
  }

  /** The device in {@code devices} whose id is {@code id}, or null. */
  public static @Nullable CaptureDeviceInfo2 find(
      @Nullable List<CaptureDeviceInfo2> devices, String id) {
    if (devices == null) {
      return null;
    }
    for (CaptureDeviceInfo2 device : devices) {
      if (id.equals(of(device))) {
        return device;
      }
    }
    return null;
  }
}
