package org.switchboard.audio;

import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.device.DeviceConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.DeviceIds;
import org.switchboard.audio.internal.LibjitsiRuntime;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/**
 * The platform's audio devices as libjitsi's current audio system (PulseAudio on Linux) reports
 * them. Ids are the audio system's stable UIDs, never indexes. Without a sound server every list is
 * empty.
 *
 * <p>Thread-safe. Change listeners are called on the libjitsi thread that noticed the change.
 */
public final class LibjitsiAudioDevices implements AudioDevices {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiAudioDevices.class);

  private final DeviceConfiguration configuration;

  private LibjitsiAudioDevices(DeviceConfiguration configuration) {
    this.configuration = configuration;
  }

  /**
   * Starts libjitsi (once per JVM) and returns the platform's device list.
   *
   * @throws org.switchboard.core.media.MediaException when libjitsi cannot start
   */
  public static LibjitsiAudioDevices start() {
    MediaServiceImpl media = LibjitsiRuntime.mediaService(LibjitsiRuntime.defaultTimeout());
    return new LibjitsiAudioDevices(media.getDeviceConfiguration());
  }

  @Override
  public List<AudioDevice> list(AudioDeviceRole role) {
    AudioSystem system = configuration.getAudioSystem();
    if (system == null) {
      return List.of();
    }
    AudioSystem.DataFlow flow = flow(role);
    List<CaptureDeviceInfo2> devices = system.getDevices(flow);
    if (devices == null) {
      return List.of();
    }
    CaptureDeviceInfo2 selected = system.getSelectedDevice(flow);
    List<AudioDevice> out = new ArrayList<>();
    if (selected != null) {
      out.add(toDevice(selected, role));
    }
    for (CaptureDeviceInfo2 device : devices) {
      if (selected == null || !DeviceIds.of(device).equals(DeviceIds.of(selected))) {
        out.add(toDevice(device, role));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public Subscription addChangeListener(Runnable onChange) {
    PropertyChangeListener listener =
        event -> {
          String name = event.getPropertyName();
          if (DeviceConfiguration.PROP_AUDIO_SYSTEM_DEVICES.equals(name)
              || DeviceConfiguration.PROP_AUDIO_SYSTEM.equals(name)
              || DeviceConfiguration.AUDIO_CAPTURE_DEVICE.equals(name)
              || DeviceConfiguration.AUDIO_PLAYBACK_DEVICE.equals(name)
              || DeviceConfiguration.AUDIO_NOTIFY_DEVICE.equals(name)) {
            try {
              onChange.run();
            } catch (RuntimeException e) {
              LOG.warn("audio device listener failed", e);
            }
          }
        };
    configuration.addPropertyChangeListener(listener);
    return () -> configuration.removePropertyChangeListener(listener);
  }

  private static AudioDevice toDevice(CaptureDeviceInfo2 device, AudioDeviceRole role) {
    @Nullable String name = device.getName();
    String id = DeviceIds.of(device);
    return new AudioDevice(id, name == null ? id : name, role);
  }

  private static AudioSystem.DataFlow flow(AudioDeviceRole role) {
    return switch (role) {
      case CAPTURE -> AudioSystem.DataFlow.CAPTURE;
      case PLAYBACK -> AudioSystem.DataFlow.PLAYBACK;
      case RINGER -> AudioSystem.DataFlow.NOTIFY;
    };
  }
}
