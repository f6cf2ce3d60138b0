package org.switchboard.app.wrapup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.journal.CallRecord;

/**
 * The facts of a finished call that its call record needs.
 *
 * @param from the calling party as signalled
 * @param to the called party as signalled
 * @param queue the queue the caller waited in, if known
 * @param customer the chosen customer record as {@code source:value}, if any
 */
public record CallSummary(
    CallDirection direction,
    String from,
    String to,
    Instant start,
    Duration duration,
    @Nullable String queue,
    @Nullable String customer) {
  public CallSummary {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * The facts of {@code call}, seen from {@code self} (the agent's own address).
   *
   * @param queue the queue from the offer, if there was one
   */
  public static CallSummary of(
      CallEntry call, String self, @Nullable String queue, @Nullable String customer) {
    String remote = call.remote().phoneNumber().map(n -> n.value()).orElse(call.remote().uri());
    boolean inbound = call.direction() == CallDirection.INBOUND;
    Instant answered = call.answeredAt();
    Instant ended = call.endedAt();
    Duration talk =
        answered == null || ended == null || ended.isBefore(answered)
            ? Duration.ZERO
            : Duration.between(answered, ended);
    return new CallSummary(
        call.direction(),
        inbound ? remote : self,
        inbound ? self : remote,
        call.started(),
        talk,
        queue,
        customer);
  }

  /** The call record for this call with what the agent entered. */
  CallRecord record(Draft draft, String agent) {
    org.switchboard.core.customer.CustomerId id = null;
    if (customer != null && customer.indexOf(':') > 0) {
      int colon = customer.indexOf(':');
      id =
          new org.switchboard.core.customer.CustomerId(
              customer.substring(0, colon), customer.substring(colon + 1));
    }
    return new CallRecord(
        draft.call(),
        direction,
        from,
        to,
        start,
        duration,
        queue,
        draft.disposition(),
        draft.notes(),
        draft.tags(),
        null,
        agent,
        id);
  }
}
