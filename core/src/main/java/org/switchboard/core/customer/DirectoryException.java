package org.switchboard.core.customer;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A directory could not answer. The message is safe to show and to log: it never carries a
 * customer's data or a secret.
 */
public final class DirectoryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the directory could not answer, which decides whether to try again. */
  public enum Kind {
    /** Down, slow, 5xx, 429, connection reset: try again later. */
    UNAVAILABLE,
    /** Credentials refused, or a 4xx that retrying will not fix. */
    REJECTED,
    /** The answer was not what the vendor documents (bad JSON, too large, wrong shape). */
    MALFORMED,
    /** This directory cannot do what was asked (e.g. create a contact in LDAP). */
    UNSUPPORTED
  }

  private final Kind kind;
  private final @Nullable Duration retryAfter;

  public DirectoryException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public DirectoryException(
      Kind kind, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** The server's Retry-After, when it sent one. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /** Whether trying again later may succeed. */
  public boolean isRetryable() {
    return kind == Kind.UNAVAILABLE;
  }
}
