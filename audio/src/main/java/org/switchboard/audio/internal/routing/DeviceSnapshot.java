package org.switchboard.audio.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * The devices present at one moment: capture devices (microphones) and output devices, the latter
 * listed for both {@link AudioDeviceRole#PLAYBACK} and {@link AudioDeviceRole#RINGER}. Immutable.
 *
 * @param capture the capture devices, with role CAPTURE
 * @param outputs the output devices, with role PLAYBACK
 */
public record DeviceSnapshot(List<AudioDevice> capture, List<AudioDevice> outputs) {
  /** Nothing present (no sound server). */
  public static final DeviceSnapshot EMPTY = new DeviceSnapshot(List.of(), List.of());

  public DeviceSnapshot {
    capture = List.copyOf(capture);
    outputs = List.copyOf(outputs);
  }

  /** The devices for {@code role}, each carrying that role. */
  public List<AudioDevice> list(AudioDeviceRole role) {
    if (role == AudioDeviceRole.CAPTURE) {
      return capture;
    }
    List<AudioDevice> out = new ArrayList<>(outputs.size());
    for (AudioDevice device : outputs) {
      out.add(new AudioDevice(device.id(), device.name(), role));
    }
    return List.copyOf(out);
  }

  /** The device {@code id} for {@code role}, if present. */
  public Optional<AudioDevice> find(AudioDeviceRole role, String id) {
    return list(role).stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
