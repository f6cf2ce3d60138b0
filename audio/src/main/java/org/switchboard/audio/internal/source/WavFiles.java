package org.switchboard.audio.internal.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.switchboard.core.media.MediaException;

/** Reads WAV files into 8 kHz mono 16-bit samples. Thread-safe (stateless). */
public final class WavFiles {
  private WavFiles() {}

  /**
   * Reads {@code wav} (PCM of any rate, size and channel count Java Sound can decode to 16-bit
   * signed) and returns its content as 8 kHz mono samples.
   *
   * @throws MediaException when the file cannot be read, is not PCM WAV, or is empty
   */
  public static short[] read8kMono(Path wav) {
    try (InputStream file = new BufferedInputStream(Files.newInputStream(wav));
        AudioInputStream in = AudioSystem.getAudioInputStream(file)) {
      AudioFormat source = in.getFormat();
      AudioFormat pcm16 =
          new AudioFormat(
              AudioFormat.Encoding.PCM_SIGNED,
              source.getSampleRate(),
              16,
              source.getChannels(),
              source.getChannels() * 2,
              source.getSampleRate(),
              false);
      try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm16, in)) {
        byte[] bytes = converted.readAllBytes();
        short[] mono = downmix(bytes, source.getChannels());
        short[] samples = resample(mono, source.getSampleRate(), FrameSource.SAMPLE_RATE);
        if (samples.length == 0) {
          throw new MediaException("WAV file " + wav + " holds no audio");
        }
        return samples;
      }
    } catch (IOException | UnsupportedAudioFileException | IllegalArgumentException e) {
      throw new MediaException("cannot read WAV file " + wav + ": " + e.getMessage(), e);
    }
  }

  /** Averages interleaved little-endian 16-bit channels into one. */
  static short[] downmix(byte[] littleEndian16, int channels) {
    int frames = littleEndian16.length / (2 * channels);
    short[] out = new short[frames];
    for (int f = 0; f < frames; f++) {
      int sum = 0;
      for (int c = 0; c < channels; c++) {
        int at = (f * channels + c) * 2;
        sum += (short) ((littleEndian16[at] & 0xff) | (littleEndian16[at + 1] << 8));
      }
      out[f] = (short) (sum / channels);
    }
    return out;
  }

  /**
   * Resamples by linear interpolation after a moving-average low-pass when shrinking, which is
   * plenty for prompts and test tones sent over G.711.
   */
  static short[] resample(short[] in, float fromRate, int toRate) {
    if (Math.round(fromRate) == toRate || in.length == 0) {
      return in;
    }
    double ratio = fromRate / toRate;
    short[] filtered = ratio > 1 ? boxFilter(in, (int) Math.round(ratio)) : in;
    int outLength = (int) Math.floor(in.length / ratio);
    short[] out = new short[outLength];
    for (int i = 0; i < outLength; i++) {
      double pos = i * ratio;
      int left = (int) pos;
      int right = Math.min(left + 1, filtered.length - 1);
      double frac = pos - left;
      out[i] = (short) Math.round(filtered[left] * (1 - frac) + filtered[right] * frac);
    }
    return out;
  }

  private static short[] boxFilter(short[] in, int width) {
    if (width <= 1) {
      return in;
    }
    short[] out = new short[in.length];
    long sum = 0;
    for (int i = 0; i < in.length; i++) {
      sum += in[i];
      if (i >= width) {
        sum -= in[i - width];
      }
      out[i] = (short) (sum / Math.min(i + 1, width));
    }
    return out;
  }
}
