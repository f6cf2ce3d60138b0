package org.switchboard.audio.internal.codec;

import org.switchboard.core.media.AudioCodec;

/**
 * PCMU or PCMA (ITU-T G.711): one octet per 8 kHz sample, 160 octets per 20 ms. Losses are
 * concealed by {@link FadingRepeat}.
 *
 * <p>Not thread-safe (see {@link Codec}).
 */
final class G711Codec implements Codec {
  private static final int RATE = 8000;
  private static final int FRAME = 160;

  /** 120 ms, the most one payload may carry ({@link Codec#decode}'s output room). */
  private static final int MAX_SAMPLES = 960;

  private final AudioCodec format;
  private final G711Law law;
  private final FadingRepeat concealment = new FadingRepeat(FRAME);

  G711Codec(AudioCodec format, G711Law law) {
    this.format = format;
    this.law = law;
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
    return FRAME;
  }

  @Override
  public int encode(short[] frame, byte[] out) {
    int n = Math.min(frame.length, out.length);
    for (int i = 0; i < n; i++) {
      out[i] = law.encode(frame[i]);
    }
    return n;
  }

  @Override
  public int decode(byte[] payload, int offset, int length, short[] out) {
    if (!Payloads.fits(payload, offset, length) || length > Math.min(out.length, MAX_SAMPLES)) {
      return 0;
    }
    for (int i = 0; i < length; i++) {
      out[i] = law.decode(payload[offset + i]);
    }
    concealment.remember(out, length);
    return length;
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
