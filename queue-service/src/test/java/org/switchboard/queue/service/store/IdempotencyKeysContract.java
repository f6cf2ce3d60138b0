package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class IdempotencyKeysContract extends StoreContract {
  private static final String READY =
      IdempotencyKeys.requestHash("POST", "/agents/ada/ready", "{}");
  private static final String BREAK =
      IdempotencyKeys.requestHash("POST", "/agents/ada/not-ready", "{\"reason\":\"BREAK\"}");

  @SuppressWarnings("NullAway.Init")
  IdempotencyKeys keys;

  @BeforeEach
  void repository() {
    keys = new IdempotencyKeys(database);
  }

  @Test
  void theSameRequestUnderTheSameKeyReplaysTheStoredResponse() {
    assertThat(keys.claim("ada", "k1", READY, at(0))).isEqualTo(new IdempotencyClaim.Fresh());
    keys.complete("ada", "k1", 200, "{\"presence\":\"ready\"}");

    assertThat(keys.claim("ada", "k1", READY, at(5)))
        .isEqualTo(new IdempotencyClaim.Replay(200, "{\"presence\":\"ready\"}"));
  }

  @Test
  void aDifferentRequestUnderTheSameKeyIsAConflict() {
    keys.claim("ada", "k1", READY, at(0));
    keys.complete("ada", "k1", 200, "{}");

    assertThat(keys.claim("ada", "k1", BREAK, at(5))).isEqualTo(new IdempotencyClaim.Conflict());
  }

  @Test
  void aKeyWhoseRequestHasNoResponseYetIsInProgressUntilReleased() {
    keys.claim("ada", "k1", READY, at(0));

    assertThat(keys.claim("ada", "k1", READY, at(1))).isEqualTo(new IdempotencyClaim.InProgress());
    keys.release("ada", "k1");
    assertThat(keys.claim("ada", "k1", READY, at(2))).isEqualTo(new IdempotencyClaim.Fresh());
  }

  @Test
  void keysArePerPrincipal() {
    keys.claim("ada", "k1", READY, at(0));

    assertThat(keys.claim("bob", "k1", BREAK, at(1))).isEqualTo(new IdempotencyClaim.Fresh());
  }

  @Test
  void completingAKeyNobodyHoldsIsAnError() {
    assertThatThrownBy(() -> keys.complete("ada", "never", 200, "{}"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("never");
  }

  @Test
  void oldKeysAreForgotten() {
    keys.claim("ada", "old", READY, at(0));
    keys.claim("ada", "new", READY, at(100));

    assertThat(keys.forgetOlderThan(at(50))).isEqualTo(1);
    assertThat(keys.claim("ada", "old", BREAK, at(101))).isEqualTo(new IdempotencyClaim.Fresh());
    assertThat(keys.claim("ada", "new", BREAK, at(101))).isEqualTo(new IdempotencyClaim.Conflict());
  }

  @Test
  void theRequestHashTellsRequestsApart() {
    assertThat(IdempotencyKeys.requestHash("POST", "/a", "{}")).hasSize(64).isNotEqualTo(READY);
    assertThat(IdempotencyKeys.requestHash("POST", "/ab", "c"))
        .isNotEqualTo(IdempotencyKeys.requestHash("POST", "/a", "bc"));
    assertThat(IdempotencyKeys.requestHash("POST", "/agents/ada/ready", "{}")).isEqualTo(READY);
  }

  @Test
  void ofRacingClaimsOfOneKeyExactlyOneIsFresh() throws Exception {
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<IdempotencyClaim>> claims = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        claims.add(
            pool.submit(
                () -> {
                  start.await();
                  return keys.claim("ada", "race", READY, at(0));
                }));
      }
      start.countDown();
      List<IdempotencyClaim> results = new ArrayList<>();
      for (Future<IdempotencyClaim> claim : claims) {
        results.add(claim.get(30, TimeUnit.SECONDS));
      }

      assertThat(results).filteredOn(IdempotencyClaim.Fresh.class::isInstance).hasSize(1);
      assertThat(results)
          .filteredOn(IdempotencyClaim.InProgress.class::isInstance)
          .hasSize(racers - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
