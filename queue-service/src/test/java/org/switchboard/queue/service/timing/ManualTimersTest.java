package org.switchboard.queue.service.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ManualClock;

class ManualTimersTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final ManualTimers timers = new ManualTimers(clock);

  @Test
  void tasksRunInOrderOfDueTimeWithTheClockAtTheirTime() {
    List<String> ran = new ArrayList<>();
    timers.schedule(Duration.ofSeconds(5), () -> ran.add("b@" + clock.instant().getEpochSecond()));
    timers.schedule(Duration.ofSeconds(2), () -> ran.add("a@" + clock.instant().getEpochSecond()));
    timers.schedule(Duration.ofSeconds(9), () -> ran.add("late"));

    timers.advance(Duration.ofSeconds(6));

    long start = Instant.parse("2026-11-23T09:00:00Z").getEpochSecond();
    assertThat(ran).containsExactly("a@" + (start + 2), "b@" + (start + 5));
    assertThat(clock.instant().getEpochSecond()).isEqualTo(start + 6);
    assertThat(timers.pending()).isEqualTo(1);
  }

  @Test
  void aCancelledTaskNeverRunsAndATaskMayScheduleAnother() {
    List<String> ran = new ArrayList<>();
    Timers.Timer cancelled = timers.schedule(Duration.ofSeconds(1), () -> ran.add("cancelled"));
    timers.schedule(
        Duration.ofSeconds(1),
        () -> timers.schedule(Duration.ofSeconds(1), () -> ran.add("chained")));
    cancelled.cancel();

    timers.advance(Duration.ofSeconds(3));

    assertThat(ran).containsExactly("chained");
  }
}
