package org.switchboard.queue.service.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the answers to mutating requests are kept by their {@code Idempotency-Key}, so that a
 * client retrying after a network failure gets the first answer instead of a second change. Keys
 * are global: the stored fingerprint (method, path, body hash and user) tells a replay from a reuse
 * of the key for another request. Implementations are thread-safe and may forget answers after a
 * while (a day is plenty: clients retry within seconds).
 */
public interface IdempotencyKeys {
  /** The answer stored under {@code key}, if it is still kept. */
  Optional<StoredAnswer> find(String key);

  /**
   * Stores {@code answer} under {@code key} unless one is already there.
   *
   * @return the answer now stored under {@code key}: {@code answer}, or the one stored first
   */
  StoredAnswer putIfAbsent(String key, StoredAnswer answer);

  /**
   * An answer as it was sent.
   *
   * @param fingerprint identifies the request (see {@link IdempotencyKeys})
   * @param status the HTTP status
   * @param body the JSON body, or an empty string for none
   * @param storedAt when it was stored
   */
  record StoredAnswer(String fingerprint, int status, String body, Instant storedAt) {
    public StoredAnswer {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(storedAt, "storedAt");
    }
  }
}
