package org.switchboard.sip.internal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  private static final Duration BASE = Duration.ofSeconds(2);
  private static final Duration CAP = Duration.ofSeconds(30);

  @Test
  void doublesFromTheBaseUpToTheCapWhenJitterTakesTheWholeStep() {
    RetryBackoff backoff = new RetryBackoff(BASE, CAP, () -> 0.9999999);
    List<Long> seconds = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seconds.add(Math.round(backoff.next(null).toMillis() / 1000.0));
    }
    assertThat(seconds).containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void jitterKeepsEachDelayBetweenHalfAndAllOfItsStep() {
    RetryBackoff low = new RetryBackoff(BASE, CAP, () -> 0.0);
    RetryBackoff mid = new RetryBackoff(BASE, CAP, () -> 0.5);

    assertThat(low.next(null)).isEqualTo(Duration.ofSeconds(1));
    assertThat(low.next(null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(mid.next(null)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterIsHonouredButNotBeyondAnHour() {
    RetryBackoff backoff = new RetryBackoff(BASE, CAP, () -> 0.0);

    assertThat(backoff.next(Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.next(Duration.ofDays(3))).isEqualTo(RetryBackoff.LONGEST_RETRY_AFTER);
    assertThat(backoff.next(Duration.ZERO)).as("zero means none").isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void resetStartsAgainFromTheBase() {
    RetryBackoff backoff = new RetryBackoff(BASE, CAP, () -> 0.9999999);
    backoff.next(null);
    backoff.next(null);
    backoff.reset();

    assertThat(Math.round(backoff.next(null).toMillis() / 1000.0)).isEqualTo(2L);
  }

  @Test
  void refusesAnEmptyOrInvertedRange() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, CAP, () -> 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(CAP, BASE, () -> 0.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
