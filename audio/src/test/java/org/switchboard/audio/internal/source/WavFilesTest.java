package org.switchboard.audio.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.media.MediaException;
import org.switchboard.testkit.ToneAnalysis;

class WavFilesTest {
  @TempDir Path dir;

  @Test
  void converts44kStereoTo8kMonoKeepingPitchAndLength() throws IOException {
    Path wav = write(dir.resolve("in.wav"), 700, 44100, 2, 16, 1.5);
    short[] samples = WavFiles.read8kMono(wav);
    assertThat(samples.length).isBetween(11990, 12010);
    assertThat(analyse(samples).isTone(700, 5)).isTrue();
  }

  @Test
  void reads8kMonoUnchangedAndUpsamples() throws IOException {
    assertThat(WavFiles.read8kMono(write(dir.resolve("a.wav"), 300, 8000, 1, 16, 1)).length)
        .isEqualTo(8000);
    short[] up = WavFiles.read8kMono(write(dir.resolve("b.wav"), 300, 4000, 1, 16, 1));
    assertThat(up.length).isEqualTo(8000);
    assertThat(analyse(up).isTone(300, 5)).isTrue();
  }

  @Test
  void reads8BitPcm() throws IOException {
    short[] samples = WavFiles.read8kMono(write(dir.resolve("c.wav"), 500, 16000, 1, 8, 1));
    assertThat(analyse(samples).isTone(500, 5)).isTrue();
  }

  @Test
  void refusesWhatIsNotAWavFile() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.wav"), "not audio");
    assertThatThrownBy(() -> WavFiles.read8kMono(junk)).isInstanceOf(MediaException.class);
    assertThatThrownBy(() -> WavFiles.read8kMono(dir.resolve("missing.wav")))
        .isInstanceOf(MediaException.class);
  }

  private static ToneAnalysis analyse(short[] samples) {
    double[] d = new double[samples.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = samples[i] / 32768.0;
    }
    return ToneAnalysis.of(d, 8000);
  }

  private static Path write(Path path, double hz, int rate, int channels, int bits, double seconds)
      throws IOException {
    int frames = (int) (rate * seconds);
    int bytesPerSample = bits / 8;
    byte[] bytes = new byte[frames * channels * bytesPerSample];
    for (int i = 0; i < frames; i++) {
      double v = 0.4 * Math.sin(2 * Math.PI * hz * i / rate);
      for (int c = 0; c < channels; c++) {
        int at = (i * channels + c) * bytesPerSample;
        if (bits == 8) {
          bytes[at] = (byte) (128 + Math.round(v * 127)); // 8-bit WAV is unsigned
        } else {
          short s = (short) Math.round(v * Short.MAX_VALUE);
          bytes[at] = (byte) s;
          bytes[at + 1] = (byte) (s >> 8);
        }
      }
    }
    AudioFormat format = new AudioFormat(rate, bits, channels, bits != 8, false);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes), format, frames)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, path.toFile());
    }
    return path;
  }
}
