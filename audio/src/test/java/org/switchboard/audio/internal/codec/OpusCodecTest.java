package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.core.media.AudioCodec;

class OpusCodecTest {
  private static final int RATE = 48000;

  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(doubles = {300, 1000, 3000, 6000})
  void aToneComesBackAtItsFrequencyAndCleanly(double hz) {
    try (Codec codec = Codecs.create(AudioCodec.OPUS)) {
      short[] decoded = CodecRoundTrip.tone(codec, hz);

      assertThat(Signals.dominantHz(decoded, RATE / 4, RATE / 4, RATE)).isCloseTo(hz, offset(3.0));
      assertThat(Signals.snrDb(decoded, RATE / 4, RATE / 4, hz, RATE)).isGreaterThan(25);
    }
  }

  @Test
  void runsAtFortyEightKilohertzWithTwentyMillisecondPacketsOfAboutThirtyTwoKilobits() {
    try (Codec codec = Codecs.create(AudioCodec.OPUS)) {
      short[] tone = Signals.sine(440, RATE, RATE, 0.3);
      short[] frame = new short[960];
      byte[] payload = new byte[1500];
      int total = 0;
      for (int f = 0; f < 50; f++) {
        System.arraycopy(tone, f * 960, frame, 0, 960);
        total += codec.encode(frame, payload);
      }

      assertThat(codec.sampleRate()).isEqualTo(48000);
      assertThat(codec.timestampStep()).isEqualTo(960);
      assertThat(total * 8).as("bits in one second").isBetween(16_000, 48_000);
    }
  }

  @Test
  void aLostPacketIsConcealedAndRecoveredFromTheNextOnesFec() {
    try (Codec codec = Codecs.create(AudioCodec.OPUS)) {
      short[] tone = Signals.sine(1000, RATE, RATE, 0.3);
      byte[][] packets = new byte[50][];
      short[] frame = new short[960];
      for (int f = 0; f < 50; f++) {
        System.arraycopy(tone, f * 960, frame, 0, 960);
        byte[] payload = new byte[1500];
        packets[f] = Arrays.copyOf(payload, codec.encode(frame, payload));
      }
      short[] out = new short[5760];
      for (int f = 0; f < 40; f++) {
        codec.decode(packets[f], 0, packets[f].length, out);
      }

      int recovered = codec.recover(packets[41], 0, packets[41].length, out);
      double recoveredRms = Signals.rms(out, 0, 960);
      double recoveredHz = Signals.dominantHz(out, 0, 960, RATE);
      int concealed = codec.conceal(out);

      assertThat(recovered).isEqualTo(960);
      // The FEC copy is a lower-rate SILK layer: softer than the original (RMS ~6950), same tone.
      assertThat(recoveredRms).isGreaterThan(2500);
      assertThat(recoveredHz).isCloseTo(1000, offset(30.0));
      assertThat(concealed).isEqualTo(960);
    }
  }

  @Test
  void closingTwiceIsHarmlessAndAClosedCodecEncodesNothing() {
    Codec codec = Codecs.create(AudioCodec.OPUS);
    codec.close();
    codec.close();

    assertThat(codec.encode(new short[960], new byte[1500])).isZero();
    assertThat(codec.decode(new byte[] {8, 1, 2}, 0, 3, new short[5760])).isZero();
    assertThat(codec.conceal(new short[960])).isZero();
  }
}
