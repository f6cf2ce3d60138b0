package org.switchboard.core.journal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A CRM did not take a call record. Retryable failures (outage, 5xx, 429) are tried again later;
 * others park the entry as failed for the agent to see. The message is safe to show and log.
 */
public final class CallLogException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final @Nullable Duration retryAfter;

  public CallLogException(
      boolean retryable, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean isRetryable() {
    return retryable;
  }

  /** The server's Retry-After, when it sent one. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
