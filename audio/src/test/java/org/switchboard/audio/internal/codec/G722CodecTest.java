package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.core.media.AudioCodec;

class G722CodecTest {
  private static final int RATE = 16000;

  @ParameterizedTest(name = "{0} Hz")
  @CsvSource({"300, 40", "1000, 35", "3000, 30", "6000, 20"})
  void aToneComesBackAtItsFrequencyAndCleanly(double hz, double minSnrDb) {
    try (Codec codec = Codecs.create(AudioCodec.G722)) {
      short[] decoded = CodecRoundTrip.tone(codec, hz);

      int from = RATE / 4;
      int length = RATE / 2;
      assertThat(Signals.dominantHz(decoded, from, length, RATE)).isCloseTo(hz, offset(3.0));
      assertThat(Signals.snrDb(decoded, from, length, hz, RATE)).isGreaterThan(minSnrDb);
      assertThat(Signals.rms(decoded, from, length)).isGreaterThan(0.3 * Short.MAX_VALUE * 0.6);
    }
  }

  @Test
  void silenceStaysNearSilence() {
    try (Codec codec = Codecs.create(AudioCodec.G722)) {
      short[] decoded = CodecRoundTrip.run(codec, new short[RATE], 50);

      assertThat(Signals.rms(decoded, 0, decoded.length)).isLessThan(4);
    }
  }

  @Test
  void twentyMillisecondsAreOneHundredSixtyOctetsAndStepTheClockBy160() {
    try (Codec codec = Codecs.create(AudioCodec.G722)) {
      byte[] payload = new byte[1500];

      assertThat(codec.encode(new short[320], payload)).isEqualTo(160);
      assertThat(codec.sampleRate()).isEqualTo(16000);
      assertThat(codec.timestampStep()).isEqualTo(160);
      assertThat(codec.decode(payload, 0, 160, new short[1920])).isEqualTo(320);
    }
  }

  @Test
  void stateCarriesOverFromFrameToFrame() {
    short[] speechLike = sweep(10 * RATE);
    byte[] whole = new byte[speechLike.length / 2];
    new G722Encoder().encode(speechLike, speechLike.length, whole);

    byte[] framed = new byte[whole.length];
    try (Codec codec = Codecs.create(AudioCodec.G722)) {
      byte[] payload = new byte[160];
      for (int f = 0; f < 500; f++) {
        codec.encode(Arrays.copyOfRange(speechLike, f * 320, f * 320 + 320), payload);
        System.arraycopy(payload, 0, framed, f * 160, 160);
      }
    }

    assertThat(framed).isEqualTo(whole);
  }

  @Test
  void aLongToneStaysCleanAfterTenSeconds() {
    try (Codec codec = Codecs.create(AudioCodec.G722)) {
      short[] decoded = CodecRoundTrip.run(codec, Signals.sine(1000, RATE, 10 * RATE, 0.3), 500);

      assertThat(Signals.snrDb(decoded, 9 * RATE, RATE / 2, 1000, RATE)).isGreaterThan(20);
    }
  }

  /** A tone gliding from 200 Hz to 7 kHz and back, with loudness changes: exercises every state. */
  private static short[] sweep(int count) {
    short[] out = new short[count];
    double phase = 0;
    for (int i = 0; i < count; i++) {
      double t = (double) i / count;
      double hz = 200 + 6800 * Math.sin(Math.PI * t);
      phase += 2 * Math.PI * hz / RATE;
      double loudness = 0.05 + 0.9 * Math.abs(Math.sin(7 * Math.PI * t));
      out[i] = (short) Math.round(loudness * Short.MAX_VALUE * Math.sin(phase));
    }
    return out;
  }
}
