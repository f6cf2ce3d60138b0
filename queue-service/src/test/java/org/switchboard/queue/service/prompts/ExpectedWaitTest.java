package org.switchboard.queue.service.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpectedWaitTest {
  @Test
  void waitIsPositionTimesAverageHandlingOverAgentsServing() {
    ExpectedWait wait = ExpectedWait.estimate(3, Duration.ofMinutes(4), 2);

    assertThat(wait.estimate()).isEqualTo(Duration.ofMinutes(6));
    assertThat(wait.spokenMinutes()).isEqualTo(6);
    assertThat(wait.underAMinute()).isFalse();
    assertThat(wait.overCap()).isFalse();
  }

  @Test
  void spokenMinutesRoundToTheNearestMinute() {
    assertThat(new ExpectedWait(Duration.ofSeconds(149)).spokenMinutes()).isEqualTo(2);
    assertThat(new ExpectedWait(Duration.ofSeconds(150)).spokenMinutes()).isEqualTo(3);
    assertThat(new ExpectedWait(Duration.ofSeconds(60)).spokenMinutes()).isEqualTo(1);
  }

  @Test
  void aWaitUnderOneMinuteIsLessThanAMinute() {
    ExpectedWait wait = ExpectedWait.estimate(1, Duration.ofSeconds(90), 2);

    assertThat(wait.estimate()).isEqualTo(Duration.ofSeconds(45));
    assertThat(wait.underAMinute()).isTrue();
  }

  @Test
  void waitsAboveTheCapAreCappedAndSixtyMinutesIsNotAbove() {
    ExpectedWait long_ = ExpectedWait.estimate(50, Duration.ofMinutes(5), 1);
    ExpectedWait atCap = ExpectedWait.estimate(12, Duration.ofMinutes(5), 1);

    assertThat(long_.overCap()).isTrue();
    assertThat(long_.spokenMinutes()).isEqualTo(ExpectedWait.CAP_MINUTES);
    assertThat(atCap.overCap()).isFalse();
    assertThat(atCap.spokenMinutes()).isEqualTo(60);
  }

  @Test
  void withoutAgentsOrHandledCallsTheWaitIsUnknown() {
    assertThat(ExpectedWait.estimate(2, Duration.ofMinutes(3), 0).known()).isFalse();
    assertThat(ExpectedWait.estimate(2, Duration.ZERO, 4).known()).isFalse();
    assertThatThrownBy(() -> ExpectedWait.unknown().spokenMinutes())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void impossibleFiguresAreRefused() {
    assertThatThrownBy(() -> ExpectedWait.estimate(0, Duration.ofMinutes(3), 1))
        .hasMessageContaining("position starts at 1");
    assertThatThrownBy(() -> ExpectedWait.estimate(1, Duration.ofMinutes(-3), 1))
        .hasMessageContaining("negative");
  }
}
