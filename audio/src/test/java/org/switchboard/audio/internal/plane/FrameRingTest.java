package org.switchboard.audio.internal.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameRingTest {
  private static short[] frame(int length, int value) {
    short[] frame = new short[length];
    Arrays.fill(frame, (short) value);
    return frame;
  }

  @Test
  void framesComeOutOldestFirstAndSilenceWhenEmpty() {
    FrameRing ring = new FrameRing(8000);
    ring.push(frame(160, 1));
    ring.push(frame(160, 2));
    short[] out = new short[160];

    ring.pop(out, 8000);
    assertThat(out[0]).isEqualTo((short) 1);
    ring.pop(out, 8000);
    assertThat(out[159]).isEqualTo((short) 2);
    ring.pop(out, 8000);
    assertThat(out).containsOnly((short) 0);
  }

  @Test
  void atMostThreeFramesWaitSoTheBridgeAddsLittleDelay() {
    FrameRing ring = new FrameRing(8000);
    for (int i = 1; i <= 5; i++) {
      ring.push(frame(160, i));
    }
    short[] out = new short[160];
    ring.pop(out, 8000);
    assertThat(out[0]).as("the two oldest were dropped").isEqualTo((short) 3);
  }

  @Test
  void aNarrowbandFrameIsStretchedForAWidebandReader() {
    FrameRing ring = new FrameRing(8000);
    ring.push(frame(160, 500));
    short[] out = new short[320];
    ring.pop(out, 16000);
    assertThat(out).containsOnly((short) 500);
  }
}
