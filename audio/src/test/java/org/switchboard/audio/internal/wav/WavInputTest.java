package org.switchboard.audio.internal.wav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.core.media.MediaException;

class WavInputTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{1} Hz played at {0} Hz")
  @CsvSource({"8000, 1000", "8000, 3000", "16000, 1000", "16000, 6000", "48000, 1000"})
  void aCdQualityStereoFileSoundsAtItsFrequencyAtTheCallsRate(int rate, double hz)
      throws IOException {
    short[] left = Signals.sine(hz, 44100, 44100, 0.4);
    Path wav = TestWavs.write(dir.resolve("cd.wav"), 44100, 2, TestWavs.interleave(left, left));

    short[] played = play(WavInput.open(wav, rate), 25);

    assertThat(Signals.dominantHz(played, rate / 10, rate / 4, rate)).isCloseTo(hz, offset(3.0));
    assertThat(Signals.snrDb(played, rate / 10, rate / 4, hz, rate)).isGreaterThan(25);
  }

  @Test
  void stereoIsAveragedToMono() throws IOException {
    short[] tone = Signals.sine(500, 8000, 8000, 0.4);
    short[] silence = new short[8000];
    Path wav = TestWavs.write(dir.resolve("left.wav"), 8000, 2, TestWavs.interleave(tone, silence));

    short[] played = play(WavInput.open(wav, 8000), 25);

    assertThat(Signals.rms(played, 0, 4000))
        .isCloseTo(Signals.rms(tone, 0, 4000) / 2, offset(30.0));
  }

  @Test
  void aShortFileLoopsWithoutAGap() throws IOException {
    Path wav =
        TestWavs.write(dir.resolve("beep.wav"), 16000, 1, Signals.sine(400, 16000, 1600, 0.4));

    short[] played = play(WavInput.open(wav, 16000), 50); // one second of a 100 ms file

    for (int f = 0; f < 50; f++) {
      assertThat(Signals.rms(played, f * 320, 320)).as("frame %d", f).isGreaterThan(8000);
    }
    assertThat(Signals.dominantHz(played, 0, 16000, 16000)).isCloseTo(400, offset(3.0));
  }

  @Test
  void anExtensibleHeaderAndExtraChunksAreUnderstood() throws IOException {
    short[] tone = Signals.sine(700, 16000, 16000, 0.4);
    ByteBuffer b = ByteBuffer.allocate(100 + 2 * tone.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(0).put(ascii("WAVE"));
    b.put(ascii("LIST")).putInt(5).put(ascii("INFOx")).put((byte) 0); // odd size, padded
    b.put(ascii("fmt ")).putInt(40).putShort((short) 0xFFFE).putShort((short) 1).putInt(16000);
    b.putInt(32000).putShort((short) 2).putShort((short) 16).putShort((short) 22);
    b.putShort((short) 16).putInt(4).putShort((short) 1).put(new byte[14]); // sub-format PCM
    b.put(ascii("data")).putInt(2 * tone.length);
    for (short s : tone) {
      b.putShort(s);
    }
    Path wav = Files.write(dir.resolve("extensible.wav"), Arrays.copyOf(b.array(), b.position()));

    short[] played = play(WavInput.open(wav, 16000), 25);

    assertThat(Signals.dominantHz(played, 0, 8000, 16000)).isCloseTo(700, offset(3.0));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.wav");

    assertThatThrownBy(() -> WavInput.open(missing, 8000))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFileThatIsNotWavIsNamed() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.wav"), "these are not samples");

    assertThatThrownBy(() -> WavInput.open(text, 8000))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not a WAV file");
  }

  @Test
  void floatAndEightBitFilesAreRefusedAsNotSixteenBitPcm() throws IOException {
    Path floats = TestWavs.write(dir.resolve("float.wav"), 3, 32, 8000, 1, new short[800]);
    Path bytes = TestWavs.write(dir.resolve("8bit.wav"), 1, 8, 8000, 1, new short[800]);

    assertThatThrownBy(() -> WavInput.open(floats, 8000))
        .hasMessageContaining(floats.toString())
        .hasMessageContaining("not 16-bit PCM");
    assertThatThrownBy(() -> WavInput.open(bytes, 8000))
        .hasMessageContaining(bytes.toString())
        .hasMessageContaining("not 16-bit PCM");
  }

  @Test
  void moreThanTwoChannelsAreRefused() throws IOException {
    Path surround = TestWavs.write(dir.resolve("5.1.wav"), 48000, 6, new short[6 * 480]);

    assertThatThrownBy(() -> WavInput.open(surround, 48000))
        .hasMessageContaining(surround.toString())
        .hasMessageContaining("6 channels");
  }

  @Test
  void aTruncatedFileIsNamed() throws IOException {
    Path wav = TestWavs.write(dir.resolve("cut.wav"), 8000, 1, new short[8000]);
    byte[] whole = Files.readAllBytes(wav);
    Files.write(wav, Arrays.copyOf(whole, whole.length - 1000));

    assertThatThrownBy(() -> WavInput.open(wav, 8000))
        .hasMessageContaining(wav.toString())
        .hasMessageContaining("truncated");
  }

  @Test
  void anEmptyDataChunkHoldsNoAudio() throws IOException {
    Path wav = TestWavs.write(dir.resolve("empty.wav"), 8000, 1, new short[0]);

    assertThatThrownBy(() -> WavInput.open(wav, 8000))
        .hasMessageContaining(wav.toString())
        .hasMessageContaining("holds no audio");
  }

  @Test
  void aFileOverTheSizeCapIsRefusedBeforeItIsRead() throws IOException {
    Path wav = TestWavs.write(dir.resolve("long.wav"), 8000, 1, new short[8000]);

    assertThatThrownBy(() -> WavReader.read(wav, 10_000))
        .hasMessageContaining(wav.toString())
        .hasMessageContaining("too large");
  }

  private static short[] play(WavInput input, int frames) {
    int frame = input.sampleRate() / 50;
    short[] out = new short[frames * frame];
    short[] buffer = new short[frame];
    for (int f = 0; f < frames; f++) {
      input.read(buffer);
      System.arraycopy(buffer, 0, out, f * frame, frame);
    }
    input.close();
    return out;
  }
}
