package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneAnalysisTest {
  @TempDir Path dir;

  @Test
  void findsTheFrequencyOfAMonoTone() throws Exception {
    Path wav = write(8000, 1, t -> 0.5 * Math.sin(2 * Math.PI * 440 * t));
    ToneAnalysis tone = ToneAnalysis.of(wav);
    assertThat(tone.dominantHz()).isCloseTo(440, org.assertj.core.data.Offset.offset(2.0));
    assertThat(tone.isTone(440, 10)).isTrue();
    assertThat(tone.isTone(1000, 30)).isFalse();
  }

  @Test
  void findsTheFrequencyOfAStereoWideband() throws Exception {
    Path wav = write(48000, 2, t -> 0.3 * Math.sin(2 * Math.PI * 1500 * t));
    assertThat(ToneAnalysis.of(wav).isTone(1500, 5)).isTrue();
  }

  @Test
  void tellsSilenceFromTone() throws Exception {
    assertThat(ToneAnalysis.of(write(8000, 1, t -> 0)).isSilent()).isTrue();
    Random random = new Random(7);
    ToneAnalysis noise = ToneAnalysis.of(write(8000, 1, t -> 0.3 * (random.nextDouble() - 0.5)));
    assertThat(noise.isSilent()).isFalse();
    assertThat(noise.isTone(1000, 2)).isFalse();
  }

  private Path write(int rate, int channels, java.util.function.DoubleUnaryOperator signal)
      throws Exception {
    int frames = rate * 2;
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
    Path file = dir.resolve("tone-" + rate + "-" + channels + "-" + System.nanoTime() + ".wav");
    AudioSystem.write(
        new AudioInputStream(new ByteArrayInputStream(bytes), format, frames),
        AudioFileFormat.Type.WAVE,
        file.toFile());
    return file;
  }
}
