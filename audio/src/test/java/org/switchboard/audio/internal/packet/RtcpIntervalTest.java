package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RtcpIntervalTest {
  private static RtcpInterval withDraws(Double... draws) {
    Iterator<Double> values = Arrays.asList(draws).iterator();
    return new RtcpInterval(values::next);
  }

  @Test
  void firstIntervalIsHalvedThenFiveSecondsScaledByHalfToOneAndAHalf() {
    RtcpInterval interval = withDraws(0.5, 0.0, 0.5, 0.999);

    assertThat(interval.next()).isEqualTo(Duration.ofMillis(2500));
    assertThat(interval.next()).isEqualTo(Duration.ofMillis(2500));
    assertThat(interval.next()).isEqualTo(Duration.ofMillis(5000));
    assertThat(interval.next()).isEqualTo(Duration.ofMillis(7495));
  }

  @Test
  void firstIntervalRangesFrom1250To3750Ms() {
    assertThat(withDraws(0.0).next()).isEqualTo(Duration.ofMillis(1250));
    assertThat(withDraws(1.0).next()).isEqualTo(Duration.ofMillis(3750));
  }

  @Test
  void randomIntervalsAverageFiveSecondsWithinTheBounds() {
    SplittableRandom random = new SplittableRandom(7);
    RtcpInterval interval = new RtcpInterval(random::nextDouble);
    interval.next();

    long total = 0;
    for (int i = 0; i < 10_000; i++) {
      long millis = interval.next().toMillis();
      assertThat(millis).isBetween(2500L, 7500L);
      total += millis;
    }
    assertThat(total / 10_000.0).isCloseTo(5000, org.assertj.core.data.Offset.offset(50.0));
  }
}
