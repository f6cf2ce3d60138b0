package org.switchboard.core.journal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;

/**
 * What is logged to the CRM when the agent finishes wrap-up.
 *
 * @param key the idempotency key: the same call logged twice carries the same key, and a CRM never
 *     gets two records for one key
 * @param from the calling party's number or address, as signalled
 * @param to the called party's number or address, as signalled
 * @param customer the record the agent chose on the card, when there was one
 */
public record CallRecord(
    String key,
    CallDirection direction,
    String from,
    String to,
    Instant start,
    Duration duration,
    @Nullable String queue,
    @Nullable String disposition,
    String notes,
    List<String> tags,
    @Nullable URI recordingLink,
    String agent,
    @Nullable CustomerId customer) {
  public CallRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(agent, "agent");
    tags = List.copyOf(tags);
    if (key.isBlank()) {
      throw new IllegalArgumentException("a call record needs an idempotency key");
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative");
    }
  }

  /** The customer's number: the caller on inbound calls, the callee on outbound ones. */
  public String customerAddress() {
    return direction == CallDirection.INBOUND ? from : to;
  }

  @Override
  public String toString() {
    return "CallRecord[" + key + ", " + direction + "]";
  }
}
