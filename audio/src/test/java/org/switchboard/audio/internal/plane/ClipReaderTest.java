package org.switchboard.audio.internal.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.wav.Clip;

class ClipReaderTest {
  private static Clip ramp(int length, int rate) {
    short[] samples = new short[length];
    for (int i = 0; i < length; i++) {
      samples[i] = (short) (i + 1);
    }
    return Clip.of(samples, rate, "ramp");
  }

  @Test
  void aOneTimePlayGoesThroughEveryClipInOrderThenSilence() {
    ClipReader reader = new ClipReader(List.of(ramp(100, 8000), ramp(100, 8000)), 8000, false);
    short[] frame = new short[160];

    reader.read(frame);

    assertThat(frame[0]).isEqualTo((short) 1);
    assertThat(frame[99]).isEqualTo((short) 100);
    assertThat(frame[100]).as("second clip starts").isEqualTo((short) 1);
    assertThat(frame[159]).isEqualTo((short) 60);
    assertThat(reader.finished()).isFalse();
    reader.read(frame);
    assertThat(frame[39]).isEqualTo((short) 100);
    assertThat(frame[40]).as("silence after the end").isZero();
    assertThat(reader.finished()).isTrue();
  }

  @Test
  void aLoopStartsAgainAndNeverFinishes() {
    ClipReader reader = new ClipReader(List.of(ramp(100, 8000)), 8000, true);
    short[] frame = new short[160];
    for (int i = 0; i < 10; i++) {
      reader.read(frame);
    }
    assertThat(reader.finished()).isFalse();
    assertThat(frame).doesNotContain((short) 0);
  }

  @Test
  void anEightKilohertzClipPlaysAtSixteenWithInterpolatedSamples() {
    ClipReader reader = new ClipReader(List.of(ramp(200, 8000)), 16000, false);
    short[] frame = new short[320];
    reader.read(frame);
    assertThat(frame[0]).isEqualTo((short) 1);
    assertThat(frame[2]).isEqualTo((short) 2);
    assertThat(frame[1]).as("half way between 1 and 2, rounded").isEqualTo((short) 2);
    assertThat(frame[200]).isEqualTo((short) 101);
  }
}
