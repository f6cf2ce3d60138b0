package org.switchboard.core.device;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which devices an agent wants, by stable id ({@link AudioDevice#id()}), in order of preference per
 * role. The first preferred device that is present is used; when none is, the system default.
 *
 * @param capture microphones, most preferred first
 * @param playback earpieces and speakers for the call, most preferred first
 * @param ringer devices to ring on, most preferred first
 * @param ringOnAllPresent ring on every listed ringer device that is present (for example the
 *     headset and the speaker), not only on the first
 * @param processing the voice processing per capture device id; a device not listed gets {@link
 *     AudioProcessing#NONE}
 */
public record DevicePreferences(
    List<String> capture,
    List<String> playback,
    List<String> ringer,
    boolean ringOnAllPresent,
    Map<String, AudioProcessing> processing) {

  /** No preference: the system's default devices, no extra processing. */
  public static final DevicePreferences SYSTEM_DEFAULTS =
      new DevicePreferences(List.of(), List.of(), List.of(), false, Map.of());

  public DevicePreferences {
    capture = List.copyOf(capture);
    playback = List.copyOf(playback);
    ringer = List.copyOf(ringer);
    processing = Map.copyOf(processing);
  }

  /** The ordered ids for {@code role}. */
  public List<String> preferred(AudioDeviceRole role) {
    Objects.requireNonNull(role, "role");
    return switch (role) {
      case CAPTURE -> capture;
      case PLAYBACK -> playback;
      case RINGER -> ringer;
    };
  }

  /** The processing for capture device {@code deviceId}. */
  public AudioProcessing processingFor(String deviceId) {
    return processing.getOrDefault(deviceId, AudioProcessing.NONE);
  }
}
