package org.switchboard.audio.internal.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import org.jitsi.impl.neomedia.codec.audio.opus.Opus;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaException;

/**
 * Opus (RFC 7587) through libjitsi's JNI binding to libopus, which loads its native library by
 * itself (no libjitsi service is started): 48 kHz mono, 20 ms frames, about 32 kbit/s VBR with
 * in-band FEC, so {@link #recover} can rebuild a lost frame from the next packet; other losses use
 * Opus's own concealment. Mono suits the SDP's {@code opus/48000/2}: the decoder downmixes a peer's
 * stereo packets.
 *
 * <p>Not thread-safe (see {@link Codec}); {@link #close} must not race encode or decode, as the
 * engine guarantees by closing on the clock thread or after the call left it.
 */
final class OpusCodec implements Codec {
  private static final int RATE = 48000;
  private static final int FRAME = 960;
  private static final int MAX_SAMPLES = 5760; // 120 ms, the longest Opus packet
  private static final int MAX_PAYLOAD = 1500; // larger cannot have come in one datagram
  private static final int BITRATE = 32000;

  /** Expected loss that makes the encoder spend bits on FEC (it adds none at 0 %). */
  private static final int EXPECTED_LOSS_PERCENT = 5;

  /** libopus's default is 10; 5 halves the encoder's CPU for a barely audible loss on speech. */
  private static final int COMPLEXITY = 5;

  private final AudioCodec format;
  private final ShortBuffer pcmIn;
  private final ByteBuffer pcmInBytes;
  private final ByteBuffer pcmOutBytes;
  private long encoder;
  private long decoder;

  /**
   * @throws MediaException when libopus cannot be loaded or refuses to start
   */
  OpusCodec(AudioCodec format) {
    this.format = format;
    this.pcmInBytes = ByteBuffer.allocate(FRAME * 2).order(ByteOrder.nativeOrder());
    this.pcmIn = pcmInBytes.asShortBuffer();
    this.pcmOutBytes = ByteBuffer.allocate(MAX_SAMPLES * 2).order(ByteOrder.nativeOrder());
    try {
      Opus.assertOpusIsFunctional();
      encoder = Opus.encoder_create(RATE, 1);
      decoder = Opus.decoder_create(RATE, 1);
    } catch (LinkageError e) {
      throw new MediaException("Opus is unavailable: libopus could not be loaded (" + e + ")", e);
    }
    if (encoder == 0 || decoder == 0) {
      close();
      throw new MediaException("Opus is unavailable: libopus refused to create a codec");
    }
    Opus.encoder_set_bitrate(encoder, BITRATE);
    Opus.encoder_set_vbr(encoder, 1);
    Opus.encoder_set_complexity(encoder, COMPLEXITY);
    Opus.encoder_set_force_channels(encoder, 1);
    Opus.encoder_set_inband_fec(encoder, 1);
    Opus.encoder_set_packet_loss_perc(encoder, EXPECTED_LOSS_PERCENT);
    Opus.encoder_set_dtx(encoder, 0);
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

  /** Returns 0 (nothing to send) if the frame is not 20 ms or the codec was closed. */
  @Override
  public int encode(short[] frame, byte[] out) {
    if (encoder == 0 || frame.length != FRAME) {
      return 0;
    }
    pcmIn.clear();
    pcmIn.put(frame);
    int n = Opus.encode(encoder, pcmInBytes.array(), 0, FRAME, out, 0, out.length);
    return Math.max(n, 0);
  }

  @Override
  public int decode(byte[] payload, int offset, int length, short[] out) {
    if (decoder == 0 || !Payloads.fits(payload, offset, length) || length > MAX_PAYLOAD) {
      return 0;
    }
    int room = Math.min(out.length, MAX_SAMPLES);
    return toShorts(
        Opus.decode(decoder, payload, offset, length, pcmOutBytes.array(), 0, room, 0), out);
  }

  @Override
  public int conceal(short[] out) {
    if (decoder == 0 || out.length < FRAME) {
      return 0;
    }
    return toShorts(Opus.decode(decoder, null, 0, 0, pcmOutBytes.array(), 0, FRAME, 0), out);
  }

  @Override
  public int recover(byte[] next, int offset, int length, short[] out) {
    if (decoder == 0 || out.length < FRAME) {
      return 0;
    }
    if (!Payloads.fits(next, offset, length) || length > MAX_PAYLOAD) {
      return conceal(out);
    }
    int n = Opus.decode(decoder, next, offset, length, pcmOutBytes.array(), 0, FRAME, 1);
    return n > 0 ? toShorts(n, out) : conceal(out);
  }

  private int toShorts(int samples, short[] out) {
    if (samples <= 0) {
      return 0;
    }
    pcmOutBytes.clear();
    pcmOutBytes.asShortBuffer().get(out, 0, samples);
    return samples;
  }

  @Override
  public void close() {
    if (encoder != 0) {
      Opus.encoder_destroy(encoder);
      encoder = 0;
    }
    if (decoder != 0) {
      Opus.decoder_destroy(decoder);
      decoder = 0;
    }
  }
}
