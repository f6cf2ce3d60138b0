package org.switchboard.app.settings;

import java.util.Objects;

/**
 * The audio devices chosen, by {@link org.switchboard.core.device.AudioDevice#id()}; an empty id
 * means the system default.
 */
public record AudioSettings(String microphone, String speaker, String ringer) {
  public AudioSettings {
    Objects.requireNonNull(microphone, "microphone");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(ringer, "ringer");
  }

  /** The system default for all three. */
  public static AudioSettings defaults() {
    return new AudioSettings("", "", "");
  }
}
