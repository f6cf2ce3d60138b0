package org.switchboard.queue.service.store;

import java.util.Objects;

/** What {@link IdempotencyKeys#claim} found for a request's idempotency key. */
public sealed interface IdempotencyClaim {
  /** The key is new and now held for this request: carry it out, then store its response. */
  record Fresh() implements IdempotencyClaim {}

  /** The same request was carried out before: answer with its stored response, do nothing else. */
  record Replay(int status, String body) implements IdempotencyClaim {
    public Replay {
      Objects.requireNonNull(body, "body");
    }
  }

  /** The key was used for a different request: refuse (409) and change nothing. */
  record Conflict() implements IdempotencyClaim {}

  /** The same request holds the key but has no response yet: it is still being carried out. */
  record InProgress() implements IdempotencyClaim {}
}
