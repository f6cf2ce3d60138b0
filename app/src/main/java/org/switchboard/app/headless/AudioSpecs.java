package org.switchboard.app.headless;

import java.nio.file.Path;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * Parses the textual audio source and sink forms used by the configuration file and the command
 * line: {@code device[:ID] | wav:PATH | tone:HZ | silence} and {@code device[:ID] | wav:PATH |
 * discard}.
 */
final class AudioSpecs {
  private AudioSpecs() {}

  /**
   * Parses an audio source.
   *
   * @param where names the setting in the error message, e.g. {@code --source}
   * @throws IllegalArgumentException with a message naming {@code where}
   */
  static AudioSource source(String spec, String where) {
    String kind = kind(spec);
    String arg = argument(spec);
    switch (kind) {
      case "device":
        return new AudioSource.Device(arg.isEmpty() ? null : arg);
      case "wav":
        return new AudioSource.WavFile(Path.of(requireArgument(arg, spec, where)));
      case "tone":
        return new AudioSource.Tone(frequency(requireArgument(arg, spec, where), where));
      case "silence":
        requireNoArgument(arg, spec, where);
        return new AudioSource.Silence();
      default:
        throw new IllegalArgumentException(
            where + " must be device[:ID], wav:PATH, tone:HZ or silence, was '" + spec + "'");
    }
  }

  /** Parses an audio sink; see {@link #source}. */
  static AudioSink sink(String spec, String where) {
    String kind = kind(spec);
    String arg = argument(spec);
    switch (kind) {
      case "device":
        return new AudioSink.Device(arg.isEmpty() ? null : arg);
      case "wav":
        return new AudioSink.WavFile(Path.of(requireArgument(arg, spec, where)));
      case "discard":
        requireNoArgument(arg, spec, where);
        return new AudioSink.Discard();
      default:
        throw new IllegalArgumentException(
            where + " must be device[:ID], wav:PATH or discard, was '" + spec + "'");
    }
  }

  private static String kind(String spec) {
    int colon = spec.indexOf(':');
    return (colon < 0 ? spec : spec.substring(0, colon)).trim();
  }

  private static String argument(String spec) {
    int colon = spec.indexOf(':');
    return colon < 0 ? "" : spec.substring(colon + 1);
  }

  private static String requireArgument(String arg, String spec, String where) {
    if (arg.isBlank()) {
      throw new IllegalArgumentException(where + " '" + spec + "' needs a value after ':'");
    }
    return arg;
  }

  private static void requireNoArgument(String arg, String spec, String where) {
    if (!arg.isEmpty()) {
      throw new IllegalArgumentException(where + " '" + spec + "' takes no value");
    }
  }

  private static double frequency(String text, String where) {
    try {
      double hz = Double.parseDouble(text);
      if (hz > 0 && hz < 4000) {
        return hz;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        where
            + " tone frequency must be a number of Hz above 0 and below 4000, was '"
            + text
            + "'");
  }
}
