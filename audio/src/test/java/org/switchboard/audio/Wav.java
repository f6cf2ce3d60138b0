package org.switchboard.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Test helpers for WAV files. */
final class Wav {
  private Wav() {}

  /** The first channel of a 16-bit little-endian WAV, scaled to -1..1. */
  static double[] samples(Path wav) throws IOException, UnsupportedAudioFileException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      int channels = in.getFormat().getChannels();
      byte[] bytes = in.readAllBytes();
      double[] out = new double[bytes.length / (2 * channels)];
      for (int i = 0; i < out.length; i++) {
        int at = i * 2 * channels;
        out[i] = (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8)) / 32768.0;
      }
      return out;
    }
  }

  /** Seconds {@code from} to {@code to} of 8 kHz samples. */
  static double[] slice(double[] samples, double from, double to) {
    int a = (int) Math.min(samples.length, from * 8000);
    int b = (int) Math.min(samples.length, to * 8000);
    return Arrays.copyOfRange(samples, a, b);
  }

  /** Writes a sine of {@code hz} as 16-bit PCM WAV. */
  static void writeTone(Path path, double hz, int rate, int channels, double seconds)
      throws IOException {
    int frames = (int) (rate * seconds);
    byte[] bytes = new byte[frames * channels * 2];
    for (int i = 0; i < frames; i++) {
      short s = (short) Math.round(0.4 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * i / rate));
      for (int c = 0; c < channels; c++) {
        int at = (i * channels + c) * 2;
        bytes[at] = (byte) s;
        bytes[at + 1] = (byte) (s >> 8);
      }
    }
    AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes), format, frames)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, path.toFile());
    }
  }
}
