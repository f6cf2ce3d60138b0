package org.switchboard.audio;

import java.util.List;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/** PLACEHOLDER pinning the public API; replaced by the real device list. */
public final class LibjitsiAudioDevices implements AudioDevices {
  private LibjitsiAudioDevices() {}

  /** Starts libjitsi (once per JVM) and returns the platform's device list. */
  public static LibjitsiAudioDevices start() {
    return new LibjitsiAudioDevices();
  }

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    return List.of();
  }

  @Override
  public Subscription addChangeListener(Runnable onChange) {
    return () -> {};
  }
}
