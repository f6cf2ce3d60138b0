package org.switchboard.queue.service.prompts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes small WAV files for a site's prompt directory in tests. */
final class TestWavFiles {
  private TestWavFiles() {}

  /** Half a second of a 440 Hz tone as 16-bit PCM mono at {@code rate}, in {@code file}. */
  static Path tone(Path file, int rate) throws IOException {
    return write(file, new AudioFormat(rate, 16, 1, true, false));
  }

  /** The same tone as 8-bit PCM, which the audio engine refuses. */
  static Path eightBit(Path file) throws IOException {
    return write(file, new AudioFormat(8000, 8, 1, true, false));
  }

  private static Path write(Path file, AudioFormat format) throws IOException {
    int frames = (int) format.getSampleRate() / 2;
    int bytesPerSample = format.getSampleSizeInBits() / 8;
    ByteBuffer pcm = ByteBuffer.allocate(frames * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      double x = 0.5 * Math.sin(2 * Math.PI * 440 * i / format.getSampleRate());
      if (bytesPerSample == 2) {
        pcm.putShort((short) (x * Short.MAX_VALUE));
      } else {
        pcm.put((byte) (x * Byte.MAX_VALUE));
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, frames)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    }
    return file;
  }
}
