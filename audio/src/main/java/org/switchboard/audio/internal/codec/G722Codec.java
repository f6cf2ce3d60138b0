package org.switchboard.audio.internal.codec;

import org.switchboard.core.media.AudioCodec;

/**
 * G.722 at 64 kbit/s: 16 kHz PCM, one octet per two samples, so 160 octets per 20 ms; the RTP clock
 * runs at 8000 (RFC 3551 §4.5.2), so the timestamp steps by 160. Our own SB-ADPCM ({@link
 * G722Encoder}, {@link G722Decoder}, ADR 25); losses are concealed by {@link FadingRepeat}.
 *
 * <p>Not thread-safe (see {@link Codec}).
 */
final class G722Codec implements Codec {
  private static final int RATE = 16000;
  private static final int FRAME = 320;

  /** 120 ms of octets, the most one payload may carry ({@link Codec#decode}'s output room). */
  private static final int MAX_OCTETS = 960;

  private final AudioCodec format;
  private final G722Encoder encoder = new G722Encoder();
  private final G722Decoder decoder = new G722Decoder();
  private final FadingRepeat concealment = new FadingRepeat(FRAME);

  G722Codec(AudioCodec format) {
    this.format = format;
  }

  @Override
  public AudioCodec format() {
    return format;
  }

  @Override
  public int sampleRate() {
    return RATE;
  }

  @Override
  public int timestampStep() {
    return 160;
  }

  @Override
  public int encode(short[] frame, byte[] out) {
    int samples = Math.min(frame.length, 2 * out.length) & ~1;
    encoder.encode(frame, samples, out);
    return samples / 2;
  }

  @Override
  public int decode(byte[] payload, int offset, int length, short[] out) {
    if (!Payloads.fits(payload, offset, length) || length > Math.min(out.length / 2, MAX_OCTETS)) {
      return 0;
    }
    decoder.decode(payload, offset, length, out);
    concealment.remember(out, 2 * length);
    return 2 * length;
  }

  @Override
  public int conceal(short[] out) {
    return concealment.conceal(out);
  }

  @Override
  public void close() {
    // Nothing native to free.
  }
}
