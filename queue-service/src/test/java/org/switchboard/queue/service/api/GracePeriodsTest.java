package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ManualClock;

class GracePeriodsTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final GracePeriods grace = new GracePeriods(Duration.ofSeconds(30), clock);

  @Test
  void onlyTheLastSocketStartsTheGrace() {
    grace.connected("ann");
    grace.connected("ann");
    grace.disconnected("ann");
    clock.advance(Duration.ofMinutes(1));

    assertThat(grace.expired()).isEmpty();

    grace.disconnected("ann");
    clock.advance(Duration.ofSeconds(30));
    assertThat(grace.expired()).containsExactly("ann");
    assertThat(grace.expired()).isEmpty();
  }

  @Test
  void aReconnectCancelsTheGrace() {
    grace.connected("ann");
    grace.disconnected("ann");
    clock.advance(Duration.ofSeconds(29));
    grace.connected("ann");
    clock.advance(Duration.ofMinutes(5));

    assertThat(grace.expired()).isEmpty();
  }
}
