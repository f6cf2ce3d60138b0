package org.switchboard.queue.service.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.switchboard.queue.service.api.IdempotencyKeys;
import org.switchboard.queue.service.store.IdempotencyClaim;
import org.switchboard.queue.service.store.IdempotencyRecord;

/**
 * The API's idempotency keys in the store's {@code idempotency_keys} table, so that answers survive
 * a restart and are shared by every node on one database. Thread-safe; every call blocks on the
 * database (the API calls it on its HTTP threads).
 *
 * <p><b>How the two models meet.</b> The store's keys belong to a principal; the API's are global
 * and its fingerprint already covers the user, so every API key is stored under one principal,
 * {@link #PRINCIPAL}. The store claims a key before a request runs and completes it after; the API
 * stores its answer after the command ran, so {@link #putIfAbsent} claims and completes back to
 * back. A key claimed but never completed (the service died between the two, or another node is
 * between them right now) is taken over by the next answer for the same request: at worst two nodes
 * that ran the same request at once both answer their own client, and the last answer is the one
 * kept. Answers older than {@code timeToLive} are not replayed and are deleted now and then.
 */
public final class JdbcIdempotencyKeys implements IdempotencyKeys {
  /** The store principal every API key is kept under. */
  public static final String PRINCIPAL = "api";

  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  private final org.switchboard.queue.service.store.IdempotencyKeys keys;
  private final Duration timeToLive;
  private final Clock clock;
  private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

  public JdbcIdempotencyKeys(
      org.switchboard.queue.service.store.IdempotencyKeys keys, Duration timeToLive, Clock clock) {
    this.keys = keys;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  @Override
  public Optional<StoredAnswer> find(String key) {
    Instant cutoff = clock.instant().minus(timeToLive);
    return keys.find(PRINCIPAL, key)
        .filter(IdempotencyRecord::answered)
        .filter(r -> r.created().isAfter(cutoff))
        .map(JdbcIdempotencyKeys::answer);
  }

  @Override
  public StoredAnswer putIfAbsent(String key, StoredAnswer answer) {
    pruneNowAndThen();
    IdempotencyClaim claim = keys.claim(PRINCIPAL, key, answer.fingerprint(), answer.storedAt());
    if (claim instanceof IdempotencyClaim.Fresh || claim instanceof IdempotencyClaim.InProgress) {
      keys.complete(PRINCIPAL, key, answer.status(), answer.body());
      return answer;
    }
    // A replay of the same request or another request's key: what is stored is the answer.
    return keys.find(PRINCIPAL, key).map(JdbcIdempotencyKeys::answer).orElse(answer);
  }

  /**
   * The stored row as the API's answer; a key another request holds without an answer yet shows as
   * 409 (the API refuses a key used for another request before it looks at the status).
   */
  private static StoredAnswer answer(IdempotencyRecord stored) {
    Integer status = stored.status();
    String body = stored.body();
    return new StoredAnswer(
        stored.requestHash(),
        status == null ? 409 : status,
        body == null ? "" : body,
        stored.created());
  }

  private void pruneNowAndThen() {
    Instant now = clock.instant();
    Instant last = java.util.Objects.requireNonNull(lastPrune.get());
    if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
      keys.forgetOlderThan(now.minus(timeToLive));
    }
  }
}
