package org.switchboard.queue.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff =
      new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(7));

  @Test
  void stepsDoubleUpToTheCap() {
    List<Duration> steps = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      steps.add(backoff.step());
      backoff.next();
    }
    assertThat(steps)
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1600),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
  }

  @Test
  void eachDelayLiesBetweenHalfAndAllOfItsStep() {
    for (int i = 0; i < 50; i++) {
      Duration step = backoff.step();
      Duration delay = backoff.next();
      assertThat(delay).isBetween(step.dividedBy(2), step);
    }
  }

  @Test
  void jitterSpreadsClientsCutOffTogether() {
    Backoff other = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(8));
    List<Duration> mine = new ArrayList<>();
    List<Duration> theirs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mine.add(backoff.next());
      theirs.add(other.next());
    }
    assertThat(mine).isNotEqualTo(theirs);
  }

  @Test
  void resetStartsAgainFromTheFirstStep() {
    for (int i = 0; i < 5; i++) {
      backoff.next();
    }
    backoff.reset();

    assertThat(backoff.attempts()).isZero();
    assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofMillis(100));
  }

  @Test
  void manyAttemptsNeverOverflow() {
    for (int i = 0; i < 100; i++) {
      assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofSeconds(2)).isPositive();
    }
  }

  @Test
  void aCapBelowTheFirstStepIsRefused() {
    assertThatThrownBy(
            () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
