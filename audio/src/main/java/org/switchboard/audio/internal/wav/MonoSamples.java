package org.switchboard.audio.internal.wav;

/** A file's audio as mono samples at its own rate. Not copied: treat the array as read-only. */
final class MonoSamples {
  private final short[] samples;
  private final int sampleRate;

  MonoSamples(short[] samples, int sampleRate) {
    this.samples = samples;
    this.sampleRate = sampleRate;
  }

  short[] samples() {
    return samples;
  }

  int sampleRate() {
    return sampleRate;
  }
}
