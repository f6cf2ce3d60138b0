package org.switchboard.queue.protocol;

import java.util.Objects;

/**
 * A refused request's body (in the spirit of RFC 9457).
 *
 * @param status the HTTP status: 400 bad request, 401 not signed in, 403 wrong role, 404 unknown,
 *     409 stale version or idempotency key reused for another request, 422 refused by the rules
 * @param title a short, stable summary, e.g. "stale version"
 * @param detail what exactly was wrong, naming the field or the state
 */
public record Problem(int status, String title, String detail) {
  public Problem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }
}
