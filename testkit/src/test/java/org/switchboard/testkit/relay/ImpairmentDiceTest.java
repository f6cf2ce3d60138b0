package org.switchboard.testkit.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeded draws behind the relay: loss rate, delay and jitter, repeatability. */
class ImpairmentDiceTest {
  private static final int DRAWS = 100_000;

  @Test
  void fivePercentLossDropsAboutOnePacketInTwenty() {
    ImpairmentDice dice = new ImpairmentDice(lossy(5, 0, 0), 0);
    int lost = 0;
    for (int i = 0; i < DRAWS; i++) {
      if (dice.delayNanos() == ImpairmentDice.LOST) {
        lost++;
      }
    }
    assertThat(100.0 * lost / DRAWS).isBetween(4.7, 5.3);
  }

  @Test
  void noLossDropsNothingAndNoJitterDelaysEveryPacketAlike() {
    ImpairmentDice dice = new ImpairmentDice(lossy(0, 20, 0), 0);
    for (int i = 0; i < 1000; i++) {
      assertThat(dice.delayNanos()).isEqualTo(Duration.ofMillis(20).toNanos());
    }
  }

  @Test
  void jitterSpreadsDelaysEvenlyAroundTheMeanWithinItsBound() {
    ImpairmentDice dice = new ImpairmentDice(lossy(0, 40, 10), 0);
    double sum = 0;
    double squares = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < DRAWS; i++) {
      long d = dice.delayNanos();
      sum += d;
      squares += (double) d * d;
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    double meanMs = sum / DRAWS / 1e6;
    double sdMs = Math.sqrt(squares / DRAWS - Math.pow(sum / DRAWS, 2)) / 1e6;
    assertThat(meanMs).isBetween(39.8, 40.2);
    // A uniform spread over [-10, +10] ms has a standard deviation of 10/sqrt(3) = 5.77 ms.
    assertThat(sdMs).isBetween(5.6, 5.95);
    assertThat(min).isGreaterThanOrEqualTo(Duration.ofMillis(30).toNanos());
    assertThat(max).isLessThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  void delaysNeverGoBelowZeroWhenTheJitterExceedsTheDelay() {
    ImpairmentDice dice = new ImpairmentDice(lossy(0, 2, 10), 0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(dice.delayNanos()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void theSameSeedRepeatsARunAndEachDirectionDrawsItsOwn() {
    Impairment impairment = lossy(10, 20, 10);
    assertThat(draws(new ImpairmentDice(impairment, 0)))
        .isEqualTo(draws(new ImpairmentDice(impairment, 0)))
        .isNotEqualTo(draws(new ImpairmentDice(impairment, 1)));
  }

  @Test
  void aLossOutsideZeroToHundredIsRefusedNamingIt() {
    assertThatThrownBy(() -> lossy(101, 0, 0)).hasMessageContaining("101");
    assertThatThrownBy(() -> lossy(Double.NaN, 0, 0)).hasMessageContaining("NaN");
  }

  private static List<Long> draws(ImpairmentDice dice) {
    List<Long> draws = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      draws.add(dice.delayNanos());
    }
    return draws;
  }

  private static Impairment lossy(double percent, long delayMs, long jitterMs) {
    return new Impairment(percent, Duration.ofMillis(delayMs), Duration.ofMillis(jitterMs), 42);
  }
}
