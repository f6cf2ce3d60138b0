package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An idempotency key's row as stored.
 *
 * @param requestHash the fingerprint of the request that claimed the key
 * @param status the stored response's status; null while the request is still being carried out
 * @param body the stored response's body; null while none is stored
 * @param created when the key was claimed
 */
public record IdempotencyRecord(
    String requestHash, @Nullable Integer status, @Nullable String body, Instant created) {
  public IdempotencyRecord {
    Objects.requireNonNull(requestHash, "requestHash");
    Objects.requireNonNull(created, "created");
  }

  /** Whether a response is stored, to replay. */
  public boolean answered() {
    return status != null;
  }
}
