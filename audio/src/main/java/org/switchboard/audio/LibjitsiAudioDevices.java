package org.switchboard.audio;

import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.device.DeviceConfiguration;
import org.jitsi.impl.neomedia.device.NoneAudioSystem;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.device.DeviceIds;
import org.switchboard.audio.internal.runtime.CallbackThread;
import org.switchboard.audio.internal.runtime.LibjitsiRuntime;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/**
 * The platform's audio devices as libjitsi's current audio system (PulseAudio on Linux) reports
 * them, the system default ("follow the system", id {@code pulseaudio:}) first. Ids are the audio
 * system's locators (e.g. {@code pulseaudio:micsrc}), never indexes; names are the descriptions the
 * sound server gives. Monitor sources are not listed. Without a sound server every list is empty.
 *
 * <p>Limitation: libjitsi's PulseAudio backend reads the device list once, when libjitsi starts,
 * and does not watch the server, so a headset plugged in later is neither listed nor announced to
 * change listeners until the process restarts.
 *
 * <p>Thread-safe. Change listeners run on the {@code switchboard-audio-events} thread.
 */
public final class LibjitsiAudioDevices implements AudioDevices {
  private static final Set<String> CHANGES =
      Set.of(
          DeviceConfiguration.PROP_AUDIO_SYSTEM_DEVICES,
          DeviceConfiguration.PROP_AUDIO_SYSTEM,
          DeviceConfiguration.AUDIO_CAPTURE_DEVICE,
          DeviceConfiguration.AUDIO_PLAYBACK_DEVICE,
          DeviceConfiguration.AUDIO_NOTIFY_DEVICE);

  /**
   * libjitsi's fallbacks when no sound server answers: they list a fake
   * "AudioSilenceCaptureDevice", which is no microphone to offer a user.
   */
  private static final Set<String> NOT_DEVICES =
      Set.of(AudioSystem.LOCATOR_PROTOCOL_AUDIOSILENCE, NoneAudioSystem.LOCATOR_PROTOCOL);

  private final DeviceConfiguration configuration;
  private final CallbackThread callbacks = new CallbackThread();

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
    if (system == null || NOT_DEVICES.contains(system.getLocatorProtocol())) {
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

  /**
   * Registers {@code onChange}, run on the {@code switchboard-audio-events} thread (never on the
   * libjitsi thread that noticed the change) whenever libjitsi reports that the audio system, its
   * device list, or a selected device changed.
   */
  @Override
  public Subscription addChangeListener(Runnable onChange) {
    PropertyChangeListener listener =
        event -> {
          if (CHANGES.contains(event.getPropertyName())) {
            callbacks.execute(onChange);
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
