package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Known answers from another G.722 implementation: spandsp 0.0.6 (libspandsp2 on Debian 12, the
 * library baresip's g722 module uses) encoded the signal below, and decoded its own bitstream; the
 * CRC-32s of its octets and of its 16-bit little-endian PCM are recorded here. Matching both means
 * our encoder and decoder are bit-exact with it, so calls interoperate.
 */
class G722InteropTest {
  private static final long SPANDSP_CODE_CRC = 0x17eba857L;
  private static final long SPANDSP_PCM_CRC = 0x39f9ada6L;

  @Test
  void encodesBitExactlyAsSpandspDoes() {
    short[] pcm = testSignal();
    byte[] code = new byte[pcm.length / 2];

    new G722Encoder().encode(pcm, pcm.length, code);

    assertThat(crc(code)).isEqualTo(SPANDSP_CODE_CRC);
  }

  @Test
  void decodesSpandspsBitstreamToTheSameSamples() {
    short[] pcm = testSignal();
    byte[] code = new byte[pcm.length / 2];
    new G722Encoder().encode(pcm, pcm.length, code); // equal to spandsp's, as proven above
    short[] decoded = new short[pcm.length];

    new G722Decoder().decode(code, 0, code.length, decoded);

    ByteBuffer bytes = ByteBuffer.allocate(2 * decoded.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asShortBuffer().put(decoded);
    assertThat(crc(bytes.array())).isEqualTo(SPANDSP_PCM_CRC);
  }

  /**
   * Two seconds at 16 kHz, integer arithmetic only (so the same on every platform): a 432 Hz
   * triangle, a 1.6 kHz square and pseudo-random noise, at four loudness levels including silence.
   */
  private static short[] testSignal() {
    short[] pcm = new short[32000];
    long seed = 12345;
    int[] gains = {2, 1, 0, 3};
    for (int i = 0; i < pcm.length; i++) {
      seed = (seed * 1103515245L + 12345) & 0x7fffffff;
      int noise = (int) ((seed >> 16) % 4001) - 2000;
      int triangle = (i % 37) * 24000 / 36 - 12000;
      int square = (i / 5) % 2 == 1 ? 3000 : -3000;
      pcm[i] = (short) Math.floorDiv((triangle + square + noise) * gains[(i / 4000) % 4], 3);
    }
    return pcm;
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
