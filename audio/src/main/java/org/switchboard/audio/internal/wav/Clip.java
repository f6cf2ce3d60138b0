package org.switchboard.audio.internal.wav;

import java.nio.file.Path;

/**
 * A short recording held in memory as mono samples at its own rate: a prompt or a music loop the
 * queue service plays into calls. Loaded once, off the media thread; read-only afterwards, so one
 * clip may play into many calls at once.
 */
public final class Clip {
  private final short[] samples;
  private final int sampleRate;
  private final String name;

  private Clip(short[] samples, int sampleRate, String name) {
    this.samples = samples;
    this.sampleRate = sampleRate;
    this.name = name;
  }

  /**
   * Reads {@code file} (16-bit PCM WAV, mono or stereo, see {@link WavReader}).
   *
   * @throws org.switchboard.core.media.MediaException naming the file when it cannot be used
   */
  public static Clip load(Path file) {
    MonoSamples audio = WavReader.read(file);
    return new Clip(audio.samples(), audio.sampleRate(), String.valueOf(file.getFileName()));
  }

  /** A clip of {@code samples} at {@code sampleRate} (tests, generated audio). */
  public static Clip of(short[] samples, int sampleRate, String name) {
    if (samples.length == 0 || sampleRate <= 0) {
      throw new IllegalArgumentException("a clip needs samples and a positive rate: " + name);
    }
    return new Clip(samples.clone(), sampleRate, name);
  }

  /** The samples; do not change them. */
  short[] samples() {
    return samples;
  }

  /** Its own sample rate. */
  public int sampleRate() {
    return sampleRate;
  }

  /** The file name it came from, for messages. */
  public String name() {
    return name;
  }

  /** How long it plays, in milliseconds. */
  public long millis() {
    return samples.length * 1000L / sampleRate;
  }

  /** Sample {@code i} (0 beyond the end), for readers in other packages. */
  public short sample(int i) {
    return i < samples.length ? samples[i] : 0;
  }

  /** The number of samples. */
  public int length() {
    return samples.length;
  }
}
