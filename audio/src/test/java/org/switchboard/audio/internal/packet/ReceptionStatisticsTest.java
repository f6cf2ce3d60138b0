package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ReceptionStatisticsTest {
  private static final long SSRC = 0x5EED;
  private static final long MS = 1_000_000L;
  private final ReceptionStatistics stats = new ReceptionStatistics(8000);

  /** Packet {@code seq} sent at the 20 ms tick {@code index}, arriving {@code lateMs} after it. */
  private boolean receive(int seq, int index, double lateMs) {
    return stats.onRtp(SSRC, seq, 1000 + 160L * index, index * 20 * MS + (long) (lateMs * MS));
  }

  private ReportBlock report(long nowNanos) {
    return Objects.requireNonNull(stats.report(nowNanos), "no report block");
  }

  private void receiveInOrder(int from, int to) {
    for (int seq = from; seq <= to; seq++) {
      receive(seq, seq, 0);
    }
  }

  @Test
  void aNewSourceCountsFromItsSecondPacketInSequence() {
    assertThat(receive(10, 10, 0)).isFalse();
    assertThat(receive(11, 11, 0)).isTrue();
    assertThat(stats.received()).isEqualTo(1);
    assertThat(report(0).extendedHighestSequence()).isEqualTo(11);
  }

  @Test
  void nothingToReportBeforeAPacketCounts() {
    assertThat(stats.report(0)).isNull();
    receive(10, 10, 0);
    assertThat(stats.report(0)).isNull();
    assertThat(stats.cumulativeLost()).isZero();
  }

  @Test
  void outOfSequenceDuringProbationRestartsIt() {
    receive(10, 10, 0);
    assertThat(receive(20, 20, 0)).isFalse();
    assertThat(receive(21, 21, 0)).isTrue();
    assertThat(report(0).extendedHighestSequence()).isEqualTo(21);
  }

  @Test
  void sequenceWrapAddsACycle() {
    receive(65533, 0, 0);
    receive(65534, 1, 0);
    receive(65535, 2, 0);
    receive(0, 3, 0);
    receive(1, 4, 0);

    ReportBlock block = report(0);
    assertThat(block.extendedHighestSequence()).isEqualTo(65_537);
    assertThat(block.cumulativeLost()).isZero();
    assertThat(stats.received()).isEqualTo(4);
  }

  @Test
  void lossGivesCumulativeLostAndFractionPerInterval() {
    for (int seq = 10; seq <= 20; seq++) {
      if (seq != 15) {
        receive(seq, seq, 0);
      }
    }

    ReportBlock first = report(0);
    assertThat(first.cumulativeLost()).isEqualTo(1);
    assertThat(first.fractionLost()).isEqualTo(25); // 1 of 10 expected: 256 / 10
    receiveInOrder(21, 30);
    ReportBlock second = report(0);
    assertThat(second.cumulativeLost()).isEqualTo(1);
    assertThat(second.fractionLost()).isZero();
    assertThat(second.extendedHighestSequence()).isEqualTo(30);
  }

  @Test
  void duplicatesMakeLossNegativeAndFractionZero() {
    receiveInOrder(10, 20);
    receive(15, 15, 0);

    ReportBlock block = report(0);
    assertThat(block.cumulativeLost()).isEqualTo(-1);
    assertThat(block.fractionLost()).isZero();
  }

  @Test
  void misorderedPacketsAllCount() {
    receiveInOrder(10, 12);
    receive(14, 14, 0);
    receive(13, 13, 0);

    assertThat(report(0).cumulativeLost()).isZero();
    assertThat(stats.received()).isEqualTo(4);
  }

  @Test
  void aSingleBigJumpIsIgnored() {
    receiveInOrder(10, 20);

    assertThat(receive(30_000, 21, 0)).isFalse();
    assertThat(receive(21, 21, 0)).isTrue();
    assertThat(report(0).extendedHighestSequence()).isEqualTo(21);
  }

  @Test
  void twoPacketsInSequenceAfterABigJumpRestartTheCount() {
    receiveInOrder(10, 20);

    assertThat(receive(10_000, 21, 0)).isFalse();
    assertThat(receive(10_001, 22, 0)).isTrue();
    assertThat(stats.received()).isEqualTo(1);
    assertThat(report(0).extendedHighestSequence()).isEqualTo(10_001);
  }

  @Test
  void anotherSsrcStartsAfreshOnProbation() {
    receiveInOrder(10, 20);

    assertThat(stats.onRtp(0xB0B, 500, 0, 0)).isFalse();
    assertThat(stats.onRtp(0xB0B, 501, 160, 20 * MS)).isTrue();
    assertThat(stats.received()).isEqualTo(1);
    assertThat(report(0).ssrc()).isEqualTo(0xB0B);
  }

  @Test
  void jitterFollowsRfc3550() {
    receiveInOrder(0, 2);
    receive(3, 3, 10); // 80 units late: J = 80/16 = 5
    assertThat(stats.jitterUnits()).isEqualTo(5);
    receive(4, 4, 0); // back on time, D = 80 again: J*16 = 80 + 80 - 5 = 155
    assertThat(stats.jitterUnits()).isEqualTo(9);
    assertThat(stats.jitter()).isEqualTo(Duration.ofNanos(1_125_000));
    assertThat(stats.jitterMillis()).isEqualTo(1.125);
    receive(5, 5, 0); // D = 0: J*16 = 155 - 10 = 145
    assertThat(report(0).jitter()).isEqualTo(9);
  }

  @Test
  void evenArrivalHasNoJitter() {
    receiveInOrder(0, 100);

    assertThat(stats.jitterUnits()).isZero();
  }

  @Test
  void reportCarriesTheLastSenderReportAndTheDelaySinceIt() {
    receiveInOrder(0, 5);
    assertThat(report(0).lastSenderReport()).isZero();

    stats.onSenderReport(0xAAAA_BBBB_CCCC_DDDDL, 7_000 * MS);
    ReportBlock block = report(8_500 * MS);

    assertThat(block.lastSenderReport()).isEqualTo(0xBBBB_CCCCL);
    assertThat(block.delaySinceLastSenderReport()).isEqualTo(98_304); // 1.5 s * 65536
  }
}
