package org.switchboard.core.media;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the audio a call sends comes from. */
public sealed interface AudioSource {

  /** A capture device; {@code deviceId} null means the system's default. */
  record Device(@Nullable String deviceId) implements AudioSource {}

  /** A WAV file, played in a loop. */
  record WavFile(Path path) implements AudioSource {}

  /** A continuous sine tone of {@code frequencyHz}. */
  record Tone(double frequencyHz) implements AudioSource {
    public Tone {
      if (!(frequencyHz > 0 && frequencyHz < 4000)) {
        throw new IllegalArgumentException("tone frequency must be in (0, 4000) Hz");
      }
    }
  }

  /** Nothing: silence is sent. */
  record Silence() implements AudioSource {}
}
