package org.switchboard.audio.internal.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavRecorderTest {
  @TempDir Path dir;

  @Test
  void finalisesAn8kMono16BitHeaderOnClose() throws Exception {
    Path path = dir.resolve("sub/out.wav");
    WavRecorder recorder = new WavRecorder(path);
    short[] frame = new short[160];
    frame[0] = 1234;
    long t0 = 1_000_000_000L;
    for (int i = 0; i < 50; i++) {
      recorder.write(frame, 160, t0 + i * 20_000_000L);
    }
    recorder.close();
    recorder.close(); // idempotent

    try (AudioInputStream in = AudioSystem.getAudioInputStream(path.toFile())) {
      AudioFormat format = in.getFormat();
      assertThat(format.getSampleRate()).isEqualTo(8000f);
      assertThat(format.getChannels()).isEqualTo(1);
      assertThat(format.getSampleSizeInBits()).isEqualTo(16);
      assertThat(in.getFrameLength()).isEqualTo(8000);
    }
    ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(data.getShort(44)).isEqualTo((short) 1234);
  }

  @Test
  void fillsAnArrivalGapWithSilenceToKeepTheTimeline() throws Exception {
    Path path = dir.resolve("gap.wav");
    try (WavRecorder recorder = new WavRecorder(path)) {
      short[] frame = new short[160];
      recorder.write(frame, 160, 0);
      recorder.write(frame, 160, 1_000_000_000L); // one second later
    }
    long samples = (Files.size(path) - 44) / 2;
    assertThat(samples).isBetween(7800L, 8200L);
  }
}
