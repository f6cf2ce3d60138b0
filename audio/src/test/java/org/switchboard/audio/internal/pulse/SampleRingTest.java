package org.switchboard.audio.internal.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleRingTest {
  @Test
  void givesWholeFramesInOrderAndDropsTheOldestWhenFull() {
    SampleRing ring = new SampleRing(4);
    ring.putLittleEndian(new byte[] {1, 0, 2, 0, 3, 0, 4, 0, 5, 0, (byte) 0xff, (byte) 0xff}, 12);
    short[] frame = new short[3];

    assertThat(ring.take(frame)).isTrue();
    assertThat(frame).containsExactly(3, 4, 5);
    assertThat(ring.take(frame)).as("only one sample left").isFalse();
    assertThat(ring.size()).isEqualTo(1);
  }

  @Test
  void trimKeepsTheNewest() {
    SampleRing ring = new SampleRing(8);
    ring.putLittleEndian(new byte[] {1, 0, 2, 0, 3, 0}, 6);
    ring.trimTo(1);
    short[] frame = new short[1];
    assertThat(ring.take(frame)).isTrue();
    assertThat(frame).containsExactly(3);
  }
}
