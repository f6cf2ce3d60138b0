package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneAnalysisTest {
  @TempDir Path dir;

  @Test
  void findsAToneInNarrowbandMono() throws Exception {
    ToneAnalysis tone = ToneAnalysis.of(pcm16(8000, 1, 2, sine(440, 0.5)));

    assertThat(tone.dominantHz()).isCloseTo(440, within(2.0));
    assertThat(tone.rms()).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
    assertThat(tone.seconds()).isCloseTo(2.0, within(0.001));
    assertThat(tone.isTone(440, 10)).isTrue();
    assertThat(tone.isTone(1000, 30)).isFalse();
  }

  @Test
  void findsAToneInWidebandMono() throws Exception {
    assertThat(ToneAnalysis.of(pcm16(16000, 1, 2, sine(1000, 0.3))).dominantHz())
        .isCloseTo(1000, within(2.0));
  }

  @Test
  void findsAToneInFullbandStereo() throws Exception {
    assertThat(ToneAnalysis.of(pcm16(48000, 2, 2, sine(1500, 0.3))).isTone(1500, 2)).isTrue();
  }

  @Test
  void findsAToneNearTheTopOfTheRange() throws Exception {
    assertThat(ToneAnalysis.of(pcm16(8000, 1, 2, sine(3400, 0.3))).dominantHz())
        .isCloseTo(3400, within(2.0));
  }

  @Test
  void ignoresTheFirstHalfSecond() throws Exception {
    DoubleUnaryOperator lateTone =
        t ->
            t < 0.45
                ? 0.8 * Math.sin(2 * Math.PI * 500 * t)
                : 0.2 * Math.sin(2 * Math.PI * 1000 * t);

    assertThat(ToneAnalysis.of(pcm16(8000, 1, 2, lateTone)).dominantHz())
        .isCloseTo(1000, within(2.0));
  }

  @Test
  void readsG711AndEightBitRecordings() throws Exception {
    Path ulaw = convert(pcm16(8000, 1, 2, sine(1000, 0.5)), AudioFormat.Encoding.ULAW, 8);
    Path eightBit =
        convert(pcm16(8000, 1, 2, sine(700, 0.5)), AudioFormat.Encoding.PCM_UNSIGNED, 8);

    assertThat(ToneAnalysis.of(ulaw).isTone(1000, 2)).isTrue();
    assertThat(ToneAnalysis.of(eightBit).isTone(700, 2)).isTrue();
  }

  @Test
  void tellsSilenceAndNoiseFromATone() throws Exception {
    Random random = new Random(7);
    ToneAnalysis silence = ToneAnalysis.of(pcm16(8000, 1, 2, t -> 0));
    ToneAnalysis noise = ToneAnalysis.of(pcm16(8000, 1, 2, t -> 0.3 * (random.nextDouble() - 0.5)));

    assertThat(silence.isSilent()).isTrue();
    assertThat(silence.isTone(1000, 4000)).isFalse();
    assertThat(noise.isSilent()).isFalse();
    assertThat(noise.isTone(1000, 2)).isFalse();
  }

  @Test
  void analysesShortAndEmptySampleArrays() {
    double[] tenth = new double[800];
    for (int i = 0; i < tenth.length; i++) {
      tenth[i] = 0.5 * Math.sin(2 * Math.PI * 1200 * i / 8000.0);
    }

    assertThat(ToneAnalysis.of(tenth, 8000).dominantHz()).isCloseTo(1200, within(15.0));
    assertThat(ToneAnalysis.of(new double[0], 8000)).isEqualTo(new ToneAnalysis(0, 0, 0));
  }

  @Test
  void refusesWhatIsNotAudio() throws Exception {
    Path text = Files.writeString(dir.resolve("not.wav"), "hello");

    assertThatThrownBy(() -> ToneAnalysis.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not.wav");
  }

  private static DoubleUnaryOperator sine(double hz, double amplitude) {
    return t -> amplitude * Math.sin(2 * Math.PI * hz * t);
  }

  private Path pcm16(int rate, int channels, int seconds, DoubleUnaryOperator signal)
      throws Exception {
    int frames = rate * seconds;
    byte[] bytes = new byte[frames * channels * 2];
    for (int i = 0; i < frames; i++) {
      short s = (short) Math.round(signal.applyAsDouble(i / (double) rate) * 32767);
      for (int c = 0; c < channels; c++) {
        int at = (i * channels + c) * 2;
        bytes[at] = (byte) s;
        bytes[at + 1] = (byte) (s >> 8);
      }
    }
    AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
    return write(new AudioInputStream(new ByteArrayInputStream(bytes), format, frames));
  }

  private Path convert(Path wav, AudioFormat.Encoding encoding, int bits) throws Exception {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat from = in.getFormat();
      AudioFormat to =
          new AudioFormat(
              encoding,
              from.getSampleRate(),
              bits,
              from.getChannels(),
              from.getChannels() * bits / 8,
              from.getSampleRate(),
              false);
      return write(AudioSystem.getAudioInputStream(to, in));
    }
  }

  private Path write(AudioInputStream audio) throws Exception {
    Path file = Files.createTempFile(dir, "tone-", ".wav");
    AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
    return file;
  }
}
