package org.switchboard.audio.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SilenceAndDiscardTest {
  @Test
  void silenceOverwritesWhateverTheFrameHeld() {
    short[] frame = new short[320];
    Arrays.fill(frame, (short) 1234);
    try (SilenceInput silence = new SilenceInput(16000)) {
      silence.read(frame);

      assertThat(silence.sampleRate()).isEqualTo(16000);
    }
    assertThat(frame).containsOnly((short) 0);
  }

  @Test
  void discardCountsTheFramesItDrops() {
    DiscardOutput nowhere = new DiscardOutput(48000);
    for (int i = 0; i < 7; i++) {
      nowhere.write(new short[960]);
    }
    nowhere.close();

    assertThat(nowhere.frames()).isEqualTo(7);
    assertThat(nowhere.sampleRate()).isEqualTo(48000);
  }
}
