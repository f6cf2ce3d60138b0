package org.switchboard.core.agent;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Somewhere a call can be transferred to.
 *
 * @param kind an agent, a queue, or a contact's number
 * @param name the name to show; untrusted text
 * @param address what to dial: a number, user or SIP URI
 * @param available whether an agent is ready (always true for queues and numbers)
 * @param detail a second line to show (an agent's team, a queue's waiting calls), if any
 */
public record TransferTarget(
    Kind kind, String name, String address, boolean available, @Nullable String detail) {
  public TransferTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    if (address.isBlank()) {
      throw new IllegalArgumentException("a transfer target needs an address");
    }
  }

  /** What a transfer target is. */
  public enum Kind {
    AGENT,
    QUEUE,
    NUMBER
  }
}
