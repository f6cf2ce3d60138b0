package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.core.media.AudioCodec;

class G711CodecTest {
  @ParameterizedTest(name = "{0} at {1} Hz")
  @CsvSource({"PCMU, 300", "PCMU, 1000", "PCMU, 3000", "PCMA, 300", "PCMA, 1000", "PCMA, 3000"})
  void aToneComesBackAtItsFrequencyAndCleanly(String name, double hz) {
    try (Codec codec = Codecs.create(new AudioCodec(name, 8000, 0))) {
      short[] decoded = CodecRoundTrip.tone(codec, hz);

      assertThat(Signals.dominantHz(decoded, 2000, 4000, 8000)).isCloseTo(hz, offset(3.0));
      assertThat(Signals.snrDb(decoded, 2000, 4000, hz, 8000)).isGreaterThan(30);
    }
  }

  @ParameterizedTest
  @CsvSource({"PCMU", "PCMA"})
  void twentyMillisecondsAreOneHundredSixtyOctets(String name) {
    try (Codec codec = Codecs.create(new AudioCodec(name, 8000, 0))) {
      byte[] payload = new byte[1500];

      assertThat(codec.encode(new short[160], payload)).isEqualTo(160);
      assertThat(codec.timestampStep()).isEqualTo(160);
      assertThat(codec.decode(payload, 0, 160, new short[960])).isEqualTo(160);
    }
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void everyCodeDecodesAsJavaSoundDecodesIt(G711Law law) throws IOException {
    byte[] codes = new byte[256];
    for (int i = 0; i < 256; i++) {
      codes[i] = (byte) i;
    }
    short[] reference = javaSoundDecode(codes, law);

    for (int i = 0; i < 256; i++) {
      assertThat(law.decode(codes[i])).as("code %d", i).isEqualTo(reference[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void everySampleEncodesToTheNearestLevel(G711Law law) {
    for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
      short back = law.decode(law.encode((short) s));
      int error = Math.abs(back - s);
      // A level is at most 1/16 of its segment's span from any sample it stands for.
      assertThat(error).as("sample %d", s).isLessThanOrEqualTo(Math.max(16, Math.abs(s) / 16 + 8));
    }
  }

  private static short[] javaSoundDecode(byte[] codes, G711Law law) throws IOException {
    AudioFormat.Encoding encoding =
        law == G711Law.MU_LAW ? AudioFormat.Encoding.ULAW : AudioFormat.Encoding.ALAW;
    AudioFormat compressed = new AudioFormat(encoding, 8000, 8, 1, 1, 8000, false);
    AudioFormat pcm = new AudioFormat(8000, 16, 1, true, false);
    try (AudioInputStream in =
            new AudioInputStream(new ByteArrayInputStream(codes), compressed, codes.length);
        AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, in)) {
      byte[] bytes = converted.readAllBytes();
      short[] out = new short[bytes.length / 2];
      for (int i = 0; i < out.length; i++) {
        out[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
      }
      return out;
    }
  }
}
