package org.switchboard.audio.internal.wav;

import java.nio.file.Path;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.core.media.MediaException;

/**
 * A WAV file played in a loop as a call's source, at the call's rate: read whole at {@link #open}
 * (see {@link WavReader} for what is accepted), stereo averaged to mono, resampled by linear
 * interpolation as it plays, after a low-pass when the file's rate is higher.
 *
 * <p>{@link #read} is called on the {@code switchboard-media-clock} thread only; it does no I/O.
 */
public final class WavInput implements FrameInput {
  private final short[] source;
  private final double step;
  private final int sampleRate;
  private double position;

  private WavInput(short[] source, double step, int sampleRate) {
    this.source = source;
    this.step = step;
    this.sampleRate = sampleRate;
  }

  /**
   * Reads {@code file} to play it at {@code sampleRate}.
   *
   * @throws MediaException naming the file when it is missing, too large, truncated or not 16-bit
   *     PCM WAV
   */
  public static WavInput open(Path file, int sampleRate) {
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }
    MonoSamples audio = WavReader.read(file);
    double ratio = audio.sampleRate() / (double) sampleRate;
    short[] filtered = ratio > 1 ? LowPass.smooth(audio.samples(), ratio) : audio.samples();
    return new WavInput(filtered, ratio, sampleRate);
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(short[] frame) {
    int n = source.length;
    for (int i = 0; i < frame.length; i++) {
      int left = (int) position;
      double fraction = position - left;
      int right = left + 1 == n ? 0 : left + 1; // the loop joins the end to the start
      frame[i] = (short) Math.round(source[left] + (source[right] - source[left]) * fraction);
      position += step;
      if (position >= n) {
        position -= n;
      }
    }
  }

  @Override
  public void close() {
    // Read whole at open: nothing to release.
  }
}
