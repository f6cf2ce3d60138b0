package org.switchboard.crm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  // Tue, 24 Nov 2026 10:00:00 GMT
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void delaySecondsAreReadAsSeconds() {
    assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("0", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("  7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void anHttpDateIsTheWaitUntilThatMoment() {
    assertThat(RetryAfter.parse("Tue, 24 Nov 2026 10:01:30 GMT", NOW))
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void anHttpDateAlreadyPastMeansTryNow() {
    assertThat(RetryAfter.parse("Tue, 24 Nov 2026 09:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void longWaitsAreCappedAtAnHour() {
    assertThat(RetryAfter.parse("86400", NOW)).isEqualTo(Duration.ofHours(1));
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:00 GMT", NOW))
        .isEqualTo(Duration.ofHours(1));
    assertThat(RetryAfter.parse("99999999999999999999999", NOW))
        .as("more seconds than a long holds is still a long wait")
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void garbageNegativeOrFractionalValuesGiveNoHint() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("   ", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("+5", NOW)).isNull();
    assertThat(RetryAfter.parse("1.5", NOW)).isNull();
    assertThat(RetryAfter.parse("2026-11-24T10:01:30Z", NOW)).isNull();
    assertThat(RetryAfter.parse("Tue, 24 Nov 2026 25:61:00 GMT", NOW)).isNull();
  }
}
