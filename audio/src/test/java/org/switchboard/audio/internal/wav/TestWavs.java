package org.switchboard.audio.internal.wav;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Writes WAV files for tests, good and bad, and reads stereo ones back through Java Sound. */
final class TestWavs {
  private TestWavs() {}

  /** A canonical PCM WAV of {@code interleaved} 16-bit samples. */
  static Path write(Path file, int rate, int channels, short[] interleaved) throws IOException {
    return write(file, 1, 16, rate, channels, interleaved);
  }

  /** A WAV with any format tag and bit depth in its header (the data is 16-bit regardless). */
  static Path write(Path file, int formatTag, int bits, int rate, int channels, short[] data)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(44 + 2 * data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(US_ASCII)).putInt(36 + 2 * data.length);
    b.put("WAVEfmt ".getBytes(US_ASCII)).putInt(16);
    b.putShort((short) formatTag).putShort((short) channels).putInt(rate);
    b.putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8));
    b.putShort((short) bits);
    b.put("data".getBytes(US_ASCII)).putInt(2 * data.length);
    for (short s : data) {
      b.putShort(s);
    }
    return Files.write(file, b.array());
  }

  /** Left and right of {@code count} samples interleaved. */
  static short[] interleave(short[] left, short[] right) {
    short[] out = new short[2 * left.length];
    for (int i = 0; i < left.length; i++) {
      out[2 * i] = left[i];
      out[2 * i + 1] = right[i];
    }
    return out;
  }

  /** Channel {@code channel} of a 16-bit WAV, read by Java Sound (an independent reader). */
  static short[] channel(Path file, int channel) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
      AudioFormat format = in.getFormat();
      byte[] bytes = in.readAllBytes();
      int frameSize = format.getFrameSize();
      short[] out = new short[bytes.length / frameSize];
      for (int i = 0; i < out.length; i++) {
        int at = i * frameSize + 2 * channel;
        out[i] = (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8));
      }
      return out;
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(file + " is not a WAV Java Sound reads", e);
    }
  }

  /** The format Java Sound sees in {@code file}. */
  static AudioFormat format(Path file) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
      return in.getFormat();
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(file + " is not a WAV Java Sound reads", e);
    }
  }
}
