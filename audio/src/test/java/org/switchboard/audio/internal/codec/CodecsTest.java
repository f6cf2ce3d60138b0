package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaException;

class CodecsTest {
  static Iterable<AudioCodec> supported() {
    return Codecs.supported();
  }

  @Test
  void offersOpusThenG722ThenPcmuThenPcma() {
    assertThat(Codecs.supported())
        .containsExactly(AudioCodec.OPUS, AudioCodec.G722, AudioCodec.PCMU, AudioCodec.PCMA);
  }

  @Test
  void matchesByNameAndClockRateAndKeepsTheNegotiatedPayloadType() {
    try (Codec opus = Codecs.create(new AudioCodec("OPUS", 48000, 96));
        Codec pcma = Codecs.create(new AudioCodec("pcma", 8000, 8))) {
      assertThat(opus.format().payloadType()).isEqualTo(96);
      assertThat(opus.sampleRate()).isEqualTo(48000);
      assertThat(pcma.format()).isEqualTo(new AudioCodec("pcma", 8000, 8));
    }
  }

  @Test
  void refusesAnUnsupportedCodecNamingIt() {
    assertThatThrownBy(() -> Codecs.create(new AudioCodec("GSM", 8000, 3)))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("GSM/8000")
        .hasMessageContaining("payload type 3");
  }

  @Test
  void refusesAKnownNameAtAnotherClockRate() {
    assertThatThrownBy(() -> Codecs.create(new AudioCodec("G722", 16000, 9)))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("G722/16000");
  }

  @ParameterizedTest
  @MethodSource("supported")
  void emptyOutOfRangeAndOversizedPayloadsDecodeToNothing(AudioCodec format) {
    try (Codec codec = Codecs.create(format)) {
      short[] out = new short[codec.sampleRate() * 120 / 1000];
      byte[] payload = new byte[100];

      assertThat(codec.decode(payload, 0, 0, out)).isZero();
      assertThat(codec.decode(new byte[0], 0, 0, out)).isZero();
      assertThat(codec.decode(payload, 90, 20, out)).isZero();
      assertThat(codec.decode(payload, -1, 10, out)).isZero();
      assertThat(codec.decode(payload, 0, -5, out)).isZero();
      assertThat(codec.decode(new byte[65_000], 0, 65_000, out)).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("supported")
  void randomGarbageNeverThrowsAndStaysInsideTheOutputBuffer(AudioCodec format) {
    Random random = new Random(4);
    try (Codec codec = Codecs.create(format)) {
      short[] out = new short[codec.sampleRate() * 120 / 1000];
      for (int i = 0; i < 2000; i++) {
        byte[] garbage = new byte[1 + random.nextInt(1600)];
        random.nextBytes(garbage);

        int samples = codec.decode(garbage, 0, garbage.length, out);

        assertThat(samples).isBetween(0, out.length);
      }
      assertThat(codec.conceal(new short[codec.sampleRate() / 50]))
          .isEqualTo(codec.sampleRate() / 50);
    }
  }
}
