package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * What a recording contains: its dominant frequency and its level, so a test can tell "a ~1000 Hz
 * tone" from another tone, from noise and from silence.
 *
 * <p>The frequency is the strongest of 100 to 4000 Hz (1 Hz steps, Goertzel) in a window of up to
 * one second that skips the first half second (call setup, jitter buffer filling, codec start);
 * shorter recordings skip a quarter of their length. The level is the RMS of the whole recording.
 * Values only; safe from any thread.
 *
 * @param dominantHz the strongest frequency, or 0 when there are no samples
 * @param rms the root-mean-square level of all samples, 0 (silence) to 1 (full-scale square)
 * @param seconds the recording's length
 */
public record ToneAnalysis(double dominantHz, double rms, double seconds) {
  static final double MIN_HZ = 100;
  static final double MAX_HZ = 4000;
  private static final double SKIP_SECONDS = 0.5;
  private static final double WINDOW_SECONDS = 1.0;
  private static final double TONE_RMS = 0.01;
  private static final double SILENCE_RMS = 0.005;

  /**
   * Analyses the first channel of {@code wav}: PCM of 8 to 16 bits, or G.711 (anything Java Sound
   * can turn into 16-bit PCM), at any rate (8, 16, 48 kHz...), mono or stereo.
   *
   * @throws IllegalArgumentException when the file is not such audio
   * @throws UncheckedIOException when it cannot be read
   */
  public static ToneAnalysis of(Path wav) {
    return ofChannel(wav, 0);
  }

  /**
   * Analyses channel {@code channel} (0 = left) of {@code wav}, as {@link #of(Path)} does the
   * first; a call recording has what was sent on the left and what was received on the right.
   */
  public static ToneAnalysis ofChannel(Path wav, int channel) {
    return ofChannel(wav, channel, 0);
  }

  /** Like {@link #ofChannel(Path, int)}, of the part from {@code fromSeconds} to the end. */
  public static ToneAnalysis ofChannel(Path wav, int channel, double fromSeconds) {
    return ofChannel(wav, channel, fromSeconds, Double.MAX_VALUE);
  }

  /**
   * Like {@link #ofChannel(Path, int)}, of the part from {@code fromSeconds} to {@code toSeconds}
   * (or the end, if sooner): what was heard in one stretch of a call.
   */
  public static ToneAnalysis ofChannel(
      Path wav, int channel, double fromSeconds, double toSeconds) {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile());
        AudioInputStream pcm = toPcm16(in, wav)) {
      AudioFormat format = pcm.getFormat();
      if (channel < 0 || channel >= format.getChannels()) {
        throw new IllegalArgumentException(wav + " has no channel " + channel);
      }
      double[] all = channel(pcm.readAllBytes(), format, channel);
      int from = (int) Math.min(all.length, Math.max(0, fromSeconds) * format.getSampleRate());
      int to = (int) Math.max(from, Math.min(all.length, toSeconds * format.getSampleRate()));
      return of(java.util.Arrays.copyOfRange(all, from, to), format.getSampleRate());
    } catch (UnsupportedAudioFileException e) {
      throw new IllegalArgumentException(wav + " is not audio Java Sound can read", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + wav, e);
    }
  }

  /** Analyses {@code samples} (each -1 to 1) taken at {@code sampleRate} per second. */
  public static ToneAnalysis of(double[] samples, float sampleRate) {
    double seconds = samples.length / (double) sampleRate;
    if (samples.length == 0) {
      return new ToneAnalysis(0, 0, 0);
    }
    int skip = (int) Math.min(samples.length / 4.0, SKIP_SECONDS * sampleRate);
    int length = (int) Math.min(samples.length - skip, WINDOW_SECONDS * sampleRate);
    double best = 0;
    double bestPower = 0;
    double top = Math.min(MAX_HZ, Math.floor(sampleRate / 2.0) - 1);
    for (double hz = MIN_HZ; hz <= top; hz++) {
      double power = goertzel(samples, skip, length, hz, sampleRate);
      if (power > bestPower) {
        bestPower = power;
        best = hz;
      }
    }
    return new ToneAnalysis(best, rms(samples), seconds);
  }

  /** Whether this is a tone of {@code hz} (within {@code toleranceHz}), not silence. */
  public boolean isTone(double hz, double toleranceHz) {
    return rms > TONE_RMS && Math.abs(dominantHz - hz) <= toleranceHz;
  }

  /** Whether this is silence or close to it (RMS below 0.005, about -46 dBFS). */
  public boolean isSilent() {
    return rms < SILENCE_RMS;
  }

  private static AudioInputStream toPcm16(AudioInputStream in, Path wav) {
    AudioFormat format = in.getFormat();
    if (format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
        && format.getSampleSizeInBits() == 16) {
      return in;
    }
    AudioFormat target =
        new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
    if (!AudioSystem.isConversionSupported(target, format)) {
      throw new IllegalArgumentException(wav + " has audio Java Sound cannot decode: " + format);
    }
    return AudioSystem.getAudioInputStream(target, in);
  }

  private static double[] channel(byte[] bytes, AudioFormat format, int channel) {
    int frameSize = format.getFrameSize();
    boolean bigEndian = format.isBigEndian();
    double[] samples = new double[bytes.length / frameSize];
    for (int i = 0; i < samples.length; i++) {
      int at = i * frameSize + channel * 2;
      int low = bytes[bigEndian ? at + 1 : at] & 0xff;
      int high = bytes[bigEndian ? at : at + 1];
      samples[i] = (short) ((high << 8) | low) / 32768.0;
    }
    return samples;
  }

  private static double rms(double[] samples) {
    double sum = 0;
    for (double s : samples) {
      sum += s * s;
    }
    return Math.sqrt(sum / samples.length);
  }

  /** The power at {@code hz} of {@code x[from, from + length)}. */
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
}
