package org.switchboard.core.customer;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One earlier contact with the customer as the directory records it: when, with which agent, how it
 * ended and what was noted. Every text field is untrusted input from the directory.
 */
public record Interaction(
    Instant at,
    @Nullable String agent,
    @Nullable String disposition,
    @Nullable String notes,
    @Nullable String channel) {
  public Interaction {
    Objects.requireNonNull(at, "at");
  }
}
