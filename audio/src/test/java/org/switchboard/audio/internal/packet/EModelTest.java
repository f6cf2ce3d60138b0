package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.AudioCodec;

class EModelTest {
  private static final org.assertj.core.data.Offset<Double> HUNDREDTH = within(0.005);

  /** G.109's table is rounded to two places, some of them up. */
  private static final org.assertj.core.data.Offset<Double> TABLE = within(0.01);

  @Test
  void defaultRatingGivesMos4Point41() {
    assertThat(EModel.mosOf(93.2)).isCloseTo(4.41, HUNDREDTH);
    assertThat(EModel.mos(CodecImpairment.G711, 0, 1, 0)).isCloseTo(4.41, HUNDREDTH);
  }

  @Test
  void mosOfRatingMatchesG107AnnexBPoints() {
    // The R-to-MOS pairs G.109 tabulates from G.107 Annex B's formula.
    assertThat(EModel.mosOf(90)).isCloseTo(4.34, TABLE);
    assertThat(EModel.mosOf(80)).isCloseTo(4.03, TABLE);
    assertThat(EModel.mosOf(70)).isCloseTo(3.60, TABLE);
    assertThat(EModel.mosOf(60)).isCloseTo(3.10, TABLE);
    assertThat(EModel.mosOf(50)).isCloseTo(2.58, TABLE);
  }

  @Test
  void mosIsClampedToOneAndFourAndAHalf() {
    assertThat(EModel.mosOf(-20)).isEqualTo(1.0);
    assertThat(EModel.mosOf(3)).isEqualTo(1.0);
    assertThat(EModel.mosOf(100)).isEqualTo(4.5);
    assertThat(EModel.mosOf(130)).isEqualTo(4.5);
    assertThat(EModel.mos(CodecImpairment.G711, 100, 1, 2000)).isEqualTo(1.0);
  }

  @Test
  void effectiveImpairmentOfG711WithConcealmentFollowsG107() {
    // Ie,eff = 95 * Ppl / (Ppl + 25.1)
    assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711, 1, 1))
        .isCloseTo(3.6398, within(1e-4));
    assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711, 5, 1))
        .isCloseTo(15.7807, within(1e-4));
    assertThat(EModel.effectiveEquipmentImpairment(CodecImpairment.G711, 5, 2))
        .as("bursty loss hurts more")
        .isCloseTo(17.2101, within(1e-4));
  }

  @Test
  void lossFigures() {
    assertThat(EModel.mos(CodecImpairment.G711, 1, 1, 0)).isCloseTo(4.33, HUNDREDTH);
    assertThat(EModel.mos(CodecImpairment.G711, 5, 1, 0)).isCloseTo(3.92, HUNDREDTH);
    assertThat(EModel.mos(CodecImpairment.G711, 10, 1, 0)).isCloseTo(3.41, HUNDREDTH);
  }

  @Test
  void moreLossNeverRaisesTheScore() {
    double previous = 5;
    for (double loss = 0; loss <= 40; loss += 0.5) {
      double mos = EModel.mos(CodecImpairment.OPUS, loss, 1, 80);
      assertThat(mos).as("at %s%%", loss).isLessThan(previous);
      previous = mos;
    }
  }

  @Test
  void delayImpairmentBendsAt177Ms() {
    assertThat(EModel.delayImpairment(100)).isCloseTo(2.4, within(1e-9));
    assertThat(EModel.delayImpairment(177.3)).isCloseTo(4.2552, within(1e-9));
    assertThat(EModel.delayImpairment(300)).isCloseTo(20.697, within(1e-9));
    assertThat(EModel.mos(CodecImpairment.G711, 0, 1, 300)).isCloseTo(3.71, HUNDREDTH);
  }

  @Test
  void oneWayDelayAddsHalfTheRoundTripTheJitterBufferTheFrameAndLookAhead() {
    Duration roundTrip = Duration.ofMillis(100);

    assertThat(EModel.oneWayDelayMillis(CodecImpairment.G711, roundTrip, 60)).isEqualTo(130.0);
    assertThat(EModel.oneWayDelayMillis(CodecImpairment.OPUS, roundTrip, 60)).isEqualTo(136.5);
    assertThat(EModel.oneWayDelayMillis(CodecImpairment.G722, Duration.ZERO, 40)).isEqualTo(60.0);
  }

  @Test
  void estimateCombinesLossRoundTripAndJitterBuffer() {
    // one-way delay 100 / 2 + 40 + 20 = 110 ms: Id = 2.64; 1% loss: Ie,eff = 3.6398
    double expected = EModel.mosOf(93.2 - 2.64 - 95.0 / 26.1);

    assertThat(EModel.estimate(CodecImpairment.G711, 1, Duration.ofMillis(100), 40))
        .isCloseTo(expected, within(1e-9))
        .isCloseTo(4.26, HUNDREDTH);
  }

  @Test
  void aDeeperJitterBufferLowersTheScore() {
    double shallow =
        EModel.mos(
            CodecImpairment.G711,
            0,
            1,
            EModel.oneWayDelayMillis(CodecImpairment.G711, Duration.ZERO, 40));
    double deep =
        EModel.mos(
            CodecImpairment.G711,
            0,
            1,
            EModel.oneWayDelayMillis(CodecImpairment.G711, Duration.ZERO, 200));

    assertThat(deep).isLessThan(shallow);
  }

  @Test
  void codecFiguresFollowTheNegotiatedFormat() {
    assertThat(CodecImpairment.of(AudioCodec.PCMU)).isEqualTo(CodecImpairment.G711);
    assertThat(CodecImpairment.of(AudioCodec.PCMA)).isEqualTo(CodecImpairment.G711);
    assertThat(CodecImpairment.of(AudioCodec.G722)).isEqualTo(CodecImpairment.G722);
    assertThat(CodecImpairment.of(AudioCodec.OPUS)).isEqualTo(CodecImpairment.OPUS);
    assertThat(CodecImpairment.G711.lossRobustness()).isEqualTo(25.1);
    assertThat(CodecImpairment.G711.equipmentImpairment()).isZero();
  }

  @Test
  void aFormatWithoutFiguresIsAClearError() {
    assertThatThrownBy(() -> CodecImpairment.of(AudioCodec.TELEPHONE_EVENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("telephone-event");
  }
}
