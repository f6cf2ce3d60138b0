package org.switchboard.audio.internal.codec;

import org.switchboard.audio.internal.Signals;

/** Sends a tone through a codec's encoder and decoder frame by frame, as a call would. */
final class CodecRoundTrip {
  private CodecRoundTrip() {}

  /** The decoded output of {@code frames} 20 ms frames of {@code input} (long enough). */
  static short[] run(Codec codec, short[] input, int frames) {
    int frame = codec.sampleRate() / 50;
    short[] decoded = new short[frames * frame];
    short[] pcm = new short[frame];
    byte[] payload = new byte[1500];
    short[] out = new short[codec.sampleRate() * 120 / 1000];
    for (int f = 0; f < frames; f++) {
      System.arraycopy(input, f * frame, pcm, 0, frame);
      int bytes = codec.encode(pcm, payload);
      int samples = codec.decode(payload, 0, bytes, out);
      System.arraycopy(out, 0, decoded, f * frame, Math.min(samples, frame));
    }
    return decoded;
  }

  /** A tone of {@code hz} at -10 dBFS through {@code codec} for one second. */
  static short[] tone(Codec codec, double hz) {
    int rate = codec.sampleRate();
    return run(codec, Signals.sine(hz, rate, rate, 0.3), 50);
  }
}
