package org.switchboard.queue.service.prompts;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Checks that a site's recording is what the audio engine plays (16-bit PCM WAV, mono or stereo, 8
 * to 192 kHz), so a wrong file is refused when the library loads rather than when a caller should
 * hear it. Stateless.
 */
final class PlayableWav {
  private PlayableWav() {}

  /**
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  static void check(Path file) {
    AudioFileFormat fileFormat;
    try {
      fileFormat = AudioSystem.getAudioFileFormat(file.toFile());
    } catch (UnsupportedAudioFileException e) {
      throw refuse(file, "is not a WAV file Java Sound can read (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw refuse(file, "cannot be read: " + e);
    }
    if (fileFormat.getType() != AudioFileFormat.Type.WAVE) {
      throw refuse(file, "is a " + fileFormat.getType() + " file, not WAV");
    }
    AudioFormat format = fileFormat.getFormat();
    if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED
        || format.getSampleSizeInBits() != 16) {
      throw refuse(
          file,
          "is "
              + format.getEncoding()
              + " with "
              + format.getSampleSizeInBits()
              + "-bit samples, not 16-bit PCM; convert it, e.g. with: sox IN -r 8000 -c 1 -b 16"
              + " -e signed-integer OUT.wav");
    }
    if (format.getChannels() != 1 && format.getChannels() != 2) {
      throw refuse(file, "has " + format.getChannels() + " channels (mono or stereo only)");
    }
    float rate = format.getSampleRate();
    if (rate < 8000 || rate > 192_000) {
      throw refuse(file, "has a sample rate of " + rate + " Hz (8000 to 192000 only)");
    }
  }

  private static IllegalArgumentException refuse(Path file, String what) {
    return new IllegalArgumentException("prompt file " + file + " " + what);
  }
}
