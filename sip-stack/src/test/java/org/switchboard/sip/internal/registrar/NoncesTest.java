package org.switchboard.sip.internal.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ManualClock;

class NoncesTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T10:00:00Z"));
  private final Nonces nonces = new Nonces(clock, Duration.ofSeconds(30));

  @Test
  void aNonceIsFreshUntilItsLifetimeEnds() {
    String nonce = nonces.issue();

    clock.advance(Duration.ofSeconds(29));
    assertThat(nonces.stateOf(nonce)).isEqualTo(Nonces.State.FRESH);
    clock.advance(Duration.ofSeconds(1));
    assertThat(nonces.stateOf(nonce)).isEqualTo(Nonces.State.EXPIRED);
  }

  @Test
  void anAlteredOrForeignNonceIsUnknown() {
    String nonce = nonces.issue();
    String laterTime =
        Long.toHexString(clock.millis() + 60_000) + nonce.substring(nonce.indexOf('-'));

    assertThat(nonces.stateOf(laterTime)).isEqualTo(Nonces.State.UNKNOWN);
    assertThat(nonces.stateOf("dcd98b7102dd2f0e8b11d0f600bfb0c093"))
        .isEqualTo(Nonces.State.UNKNOWN);
    assertThat(new Nonces(clock, Duration.ofSeconds(30)).stateOf(nonce))
        .isEqualTo(Nonces.State.UNKNOWN);
  }

  @Test
  void aNonceCountIsAcceptedOnceAndOnlyRising() {
    String nonce = nonces.issue();

    assertThat(nonces.use(nonce, 1)).isTrue();
    assertThat(nonces.use(nonce, 1)).as("replayed nc").isFalse();
    assertThat(nonces.use(nonce, 3)).isTrue();
    assertThat(nonces.use(nonce, 2)).as("an older nc").isFalse();
  }

  @Test
  void countsOfExpiredNoncesAreForgotten() {
    nonces.use(nonces.issue(), 1);
    clock.advance(Duration.ofSeconds(31));
    nonces.use(nonces.issue(), 1);

    nonces.forgetExpired();

    assertThat(nonces.tracked()).isEqualTo(1);
  }
}
