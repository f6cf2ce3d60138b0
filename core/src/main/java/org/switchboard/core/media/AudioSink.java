package org.switchboard.core.media;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where the audio a call receives goes. */
public sealed interface AudioSink {

  /** A playback device; {@code deviceId} null means the system's default. */
  record Device(@Nullable String deviceId) implements AudioSink {}

  /**
   * A WAV file per call. A {@code {call}} in the file name is replaced by the call's id, so several
   * calls do not overwrite each other.
   */
  record WavFile(Path path) implements AudioSink {}

  /** Received audio is dropped. */
  record Discard() implements AudioSink {}
}
