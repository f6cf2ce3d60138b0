package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.api.IdempotencyKeys.StoredAnswer;
import org.switchboard.testkit.ManualClock;

class InMemoryIdempotencyKeysTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final InMemoryIdempotencyKeys keys =
      new InMemoryIdempotencyKeys(2, Duration.ofMinutes(10), clock);

  private StoredAnswer answer(String fingerprint) {
    return new StoredAnswer(fingerprint, 200, "{}", clock.instant());
  }

  @Test
  void theFirstAnswerStays() {
    StoredAnswer first = answer("a");
    keys.putIfAbsent("k", first);

    assertThat(keys.putIfAbsent("k", answer("b"))).isEqualTo(first);
    assertThat(keys.find("k")).contains(first);
  }

  @Test
  void theOldestGoesWhenFull() {
    keys.putIfAbsent("k1", answer("a"));
    keys.putIfAbsent("k2", answer("b"));
    keys.putIfAbsent("k3", answer("c"));

    assertThat(keys.find("k1")).isEmpty();
    assertThat(keys.size()).isEqualTo(2);
  }

  @Test
  void answersExpire() {
    keys.putIfAbsent("k", answer("a"));
    clock.advance(Duration.ofMinutes(10));

    assertThat(keys.find("k")).isEmpty();
  }
}
