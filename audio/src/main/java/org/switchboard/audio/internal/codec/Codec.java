package org.switchboard.audio.internal.codec;

import org.switchboard.core.media.AudioCodec;

/**
 * One call's encoder and decoder for one payload format, 20 ms a packet. Not thread-safe: a call
 * uses it from its media threads one at a time (encode on the clock thread, decode on the clock
 * thread when the jitter buffer releases a packet).
 */
public interface Codec extends AutoCloseable {
  /** The payload format as negotiated (name, SDP clock rate, payload type). */
  AudioCodec format();

  /** The PCM rate frames must have: 8000 for G.711, 16000 for G.722, 48000 for Opus. */
  int sampleRate();

  /** The RTP timestamp increment of one 20 ms packet (160 for G.722 and G.711, 960 for Opus). */
  int timestampStep();

  /**
   * Encodes one frame of {@code sampleRate() / 50} samples into {@code out}.
   *
   * @return the payload's length in bytes
   */
  int encode(short[] frame, byte[] out);

  /**
   * Decodes one payload into {@code out} (room for at least 120 ms at {@code sampleRate()}).
   *
   * @return the number of samples written; 0 when the payload is unusable (never throws for it)
   */
  int decode(byte[] payload, int offset, int length, short[] out);

  /**
   * Fills one 20 ms frame for a lost packet (packet-loss concealment) into {@code out}.
   *
   * @return the number of samples written
   */
  int conceal(short[] out);

  /**
   * Fills one 20 ms frame for a lost packet from {@code next}, the packet that followed it, where
   * the codec carries a copy of the previous frame (Opus in-band FEC); the others conceal as {@link
   * #conceal} does. Call it before decoding {@code next} itself.
   *
   * @return the number of samples written
   */
  default int recover(byte[] next, int offset, int length, short[] out) {
    return conceal(out);
  }

  /** Frees native state, if any. Idempotent. */
  @Override
  void close();
}
