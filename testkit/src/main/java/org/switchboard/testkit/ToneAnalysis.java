package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Tells what a WAV recording contains: its dominant frequency and its level. Used to prove that a
 * tone sent at one end of a call arrived at the other.
 *
 * @param dominantHz the strongest frequency between 100 and 4000 Hz (1 Hz steps, Goertzel)
 * @param rms the root-mean-square level, 0 (silence) to 1 (full scale)
 * @param seconds the length analysed
 */
public record ToneAnalysis(double dominantHz, double rms, double seconds) {
  private static final double SKIP_SECONDS = 0.5;
  private static final double WINDOW_SECONDS = 1.0;

  /** Analyses {@code wav} (16-bit PCM, any rate, mono or stereo: the first channel is used). */
  public static ToneAnalysis of(Path wav) {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat format = in.getFormat();
      if (format.getSampleSizeInBits() != 16) {
        throw new IllegalArgumentException(wav + " is not 16-bit PCM: " + format);
      }
      double[] samples = firstChannel(in.readAllBytes(), format);
      return of(samples, format.getSampleRate());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + wav, e);
    } catch (UnsupportedAudioFileException e) {
      throw new IllegalArgumentException(wav + " is not a WAV file", e);
    }
  }

  /** Analyses {@code samples} (-1..1) taken at {@code sampleRate}. */
  public static ToneAnalysis of(double[] samples, float sampleRate) {
    int skip = (int) Math.min(samples.length / 4, SKIP_SECONDS * sampleRate);
    int length = (int) Math.min(samples.length - skip, WINDOW_SECONDS * sampleRate);
    double sum = 0;
    for (double s : samples) {
      sum += s * s;
    }
    double rms = samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    double best = 0;
    double bestPower = -1;
    double nyquist = sampleRate / 2.0;
    for (int hz = 100; hz <= Math.min(4000, nyquist - 1); hz++) {
      double power = goertzel(samples, skip, length, hz, sampleRate);
      if (power > bestPower) {
        bestPower = power;
        best = hz;
      }
    }
    return new ToneAnalysis(best, rms, samples.length / (double) sampleRate);
  }

  /** Whether the recording is a tone of {@code hz} within {@code toleranceHz}, not silence. */
  public boolean isTone(double hz, double toleranceHz) {
    return rms > 0.01 && Math.abs(dominantHz - hz) <= toleranceHz;
  }

  /** Whether the recording is (near) silence. */
  public boolean isSilent() {
    return rms < 0.005;
  }

  private static double goertzel(double[] x, int from, int length, double hz, float rate) {
    double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
    double s1 = 0;
    double s2 = 0;
    for (int i = from; i < from + length; i++) {
      double s0 = x[i] + coefficient * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
  }

  private static double[] firstChannel(byte[] bytes, AudioFormat format) {
    int frameSize = format.getFrameSize();
    int frames = bytes.length / frameSize;
    boolean bigEndian = format.isBigEndian();
    double[] out = new double[frames];
    for (int i = 0; i < frames; i++) {
      int at = i * frameSize;
      int lo = bytes[bigEndian ? at + 1 : at] & 0xff;
      int hi = bytes[bigEndian ? at : at + 1];
      out[i] = (short) ((hi << 8) | lo) / 32768.0;
    }
    return out;
  }
}
