package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class JitterBufferTest {
  private static final long SSRC = 0xABCD;
  private static final long MS = 1_000_000L;
  private static final int LOST = JitterBuffer.LOST;
  private static final int NOTHING = JitterBuffer.NOTHING;

  private final JitterBuffer buffer = new JitterBuffer(8000);
  private final byte[] out = new byte[JitterBuffer.MAX_PAYLOAD];

  /** Puts packet {@code seq}, sent at tick {@code seq}, arriving on time; payload names it. */
  private boolean put(int seq) {
    return put(SSRC, seq, seq * 20.0);
  }

  private boolean put(long ssrc, int seq, double arrivalMs) {
    byte[] payload = {(byte) (seq >> 8), (byte) seq, 7};
    return buffer.put(
        ssrc, seq & 0xffff, 160L * seq, (long) (arrivalMs * MS), payload, 0, payload.length);
  }

  /** The sequence number of the packet taken, or LOST / NOTHING. */
  private int take() {
    int length = buffer.take(out);
    return length < 0 ? length : ((out[0] & 0xff) << 8) | (out[1] & 0xff);
  }

  private List<Integer> take(int times) {
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      taken.add(take());
    }
    return taken;
  }

  @Test
  void playsNothingUntilFortyMillisecondsAreBuffered() {
    assertThat(take()).isEqualTo(NOTHING);
    put(100);
    assertThat(take()).isEqualTo(NOTHING);
    put(101);

    assertThat(take(2)).containsExactly(100, 101);
  }

  @Test
  void runningDryPlaysNothingAndRefillsBeforePlayingAgain() {
    put(100);
    put(101);
    take(2);

    assertThat(take()).isEqualTo(NOTHING);
    put(102);
    assertThat(take()).isEqualTo(NOTHING);
    put(103);
    assertThat(take(2)).containsExactly(102, 103);
    assertThat(buffer.counts().underruns()).isEqualTo(1);
  }

  @Test
  void reorderedPacketsPlayInSequence() {
    put(10);
    put(12);
    put(11);
    put(13);

    assertThat(take(4)).containsExactly(10, 11, 12, 13);
  }

  @Test
  void aPacketBeforeTheFirstOneMovesTheStartBackBeforePlayout() {
    put(11);
    put(10);

    assertThat(take(2)).containsExactly(10, 11);
  }

  @Test
  void aMissingPacketIsLostForTheDecoderToConceal() {
    put(10);
    put(11);
    put(13);
    put(14);

    assertThat(take(5)).containsExactly(10, 11, LOST, 13, 14);
    assertThat(buffer.counts().lost()).isEqualTo(1);
  }

  @Test
  void aPacketAfterItsTurnIsDroppedAsLate() {
    put(10);
    put(11);
    take(2);

    assertThat(put(10)).isFalse();
    assertThat(buffer.counts().late()).isEqualTo(1);
  }

  @Test
  void aDuplicateIsDropped() {
    put(10);

    assertThat(put(10)).isFalse();
    put(11);
    assertThat(take(3)).containsExactly(10, 11, NOTHING);
    assertThat(buffer.counts().duplicates()).isEqualTo(1);
  }

  @Test
  void sequenceNumbersWrap() {
    put(65534);
    put(65535);
    put(65536);
    put(65537);

    assertThat(take(4)).containsExactly(65534, 65535, 0, 1);
  }

  @Test
  void anotherSsrcStartsOver() {
    put(10);
    put(11);

    put(0xB0B, 500, 220);
    assertThat(take()).isEqualTo(NOTHING);
    put(0xB0B, 501, 240);
    assertThat(take(2)).containsExactly(500, 501);
  }

  @Test
  void aJumpBeyondItsReachStartsOver() {
    put(10);
    put(11);
    take();

    put(SSRC, 10_000, 240);
    put(SSRC, 10_001, 260);

    assertThat(take(2)).containsExactly(10_000, 10_001);
    assertThat(buffer.counts().restarts()).isEqualTo(1);
  }

  @Test
  void resetForgetsEverything() {
    put(10);
    put(11);

    buffer.reset();

    assertThat(take()).isEqualTo(NOTHING);
    assertThat(put(11)).isTrue();
  }

  @Test
  void oversizedPayloadsAndBadRangesAreRefused() {
    byte[] big = new byte[JitterBuffer.MAX_PAYLOAD + 1];

    assertThat(buffer.put(SSRC, 1, 0, 0, big, 0, big.length)).isFalse();
    assertThat(buffer.put(SSRC, 1, 0, 0, big, 10, big.length - 9)).isFalse();
    assertThat(buffer.put(SSRC, 1, 0, 0, big, -1, 5)).isFalse();
    assertThat(buffer.counts().malformed()).isEqualTo(3);
    assertThat(buffer.put(SSRC, 1, 0, 0, big, 0, JitterBuffer.MAX_PAYLOAD)).isTrue();
  }

  @Test
  void aBurstBeyondTheTargetIsTrimmedByOneFramePerHundredMilliseconds() {
    for (int seq = 10; seq < 20; seq++) {
      put(SSRC, seq, 200); // all at once
    }

    assertThat(take(6)).containsExactly(10, 11, 12, 13, 15, 16);
    assertThat(buffer.counts().skips()).isEqualTo(1);
  }

  /**
   * Plays {@code seconds} of a stream: packet i is sent at 20·i ms and arrives delay(i) ms later;
   * the buffer is taken every 20 ms, 10 ms out of phase with sending.
   */
  private List<Integer> simulate(int seconds, IntToDoubleFunction delay) {
    List<Integer> taken = new ArrayList<>();
    int packets = seconds * 50;
    double[] arrival = new double[packets];
    for (int i = 0; i < packets; i++) {
      arrival[i] = 20.0 * i + delay.applyAsDouble(i);
    }
    for (int tick = 0; tick < packets; tick++) {
      double now = 20.0 * tick + 10;
      for (int i = 0; i < packets; i++) {
        if (arrival[i] <= now && arrival[i] > now - 20) {
          put(SSRC, i, arrival[i]);
        }
      }
      taken.add(take());
    }
    return taken;
  }

  @Test
  void evenArrivalKeepsTheMinimumDelayAndPlaysEveryPacket() {
    List<Integer> taken = simulate(5, i -> 5);

    assertThat(buffer.targetDelayMillis()).isEqualTo(40);
    assertThat(buffer.delayMillis()).isEqualTo(40);
    assertThat(taken.subList(2, taken.size())).doesNotContain(LOST, NOTHING);
  }

  @Test
  void jitterRaisesTheTargetAndTheBufferSlipsUpToIt() {
    // Every other packet 30 ms late: J converges to 30 ms, target 3 * 30 + 20 -> 120 ms.
    List<Integer> taken = simulate(10, i -> i % 2 == 0 ? 0 : 30);

    assertThat(buffer.jitterMillis()).isCloseTo(30, org.assertj.core.data.Offset.offset(0.5));
    assertThat(buffer.targetDelayMillis()).isEqualTo(120);
    assertThat(buffer.counts().slips()).isGreaterThanOrEqualTo(3);
    assertThat(buffer.delayMillis()).isBetween(100, 160);
    assertThat(taken.subList(taken.size() - 100, taken.size())).doesNotContain(LOST, NOTHING);
    assertThat(buffer.counts().late()).isLessThan(5);
  }

  @Test
  void theTargetNeverExceeds200Milliseconds() {
    simulate(5, i -> i % 2 == 0 ? 0 : 150);

    assertThat(buffer.targetDelayMillis()).isEqualTo(200);
  }
}
