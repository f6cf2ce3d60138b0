package org.switchboard.app.headless;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;

/**
 * What the agent needs to log a call after it ends: who called whom, when it started and how long
 * it lasted. Learnt from call events on {@code sip-events}; read by the {@code wrapup} command on
 * {@code agent-stdin}. A call is forgotten once its wrap-up is logged; at most {@link #KEEP} ended
 * calls are kept.
 */
final class WrapUps {
  static final int KEEP = 50;

  private final Clock clock;
  private final String localAddress;
  private final Map<CallId, Facts> calls = new LinkedHashMap<>();

  WrapUps(Clock clock, String localAddress) {
    this.clock = clock;
    this.localAddress = localAddress;
  }

  private static final class Facts {
    final CallDirection direction;
    final String remote;
    final Instant offered;
    @Nullable Instant answered;
    @Nullable Instant ended;

    Facts(CallDirection direction, String remote, Instant offered) {
      this.direction = direction;
      this.remote = remote;
      this.offered = offered;
    }
  }

  synchronized void onCallEvent(CallEvent event) {
    Instant now = clock.instant();
    if (event instanceof CallEvent.Incoming e) {
      String remote = e.caller().phoneNumber().map(n -> n.value()).orElse(e.caller().uri());
      calls.put(e.callId(), new Facts(CallDirection.INBOUND, remote, now));
      trim();
    } else if (event instanceof CallEvent.Dialing e) {
      String remote = e.callee().phoneNumber().map(n -> n.value()).orElse(e.callee().uri());
      calls.put(e.callId(), new Facts(CallDirection.OUTBOUND, remote, now));
      trim();
    } else if (event instanceof CallEvent.Answered) {
      Facts facts = calls.get(event.callId());
      if (facts != null && facts.answered == null) {
        facts.answered = now;
      }
    } else if (event instanceof CallEvent.Ended) {
      Facts facts = calls.get(event.callId());
      if (facts != null) {
        facts.ended = now;
      }
    }
  }

  /**
   * The record for {@code call}'s wrap-up. The call may still be in progress (notes typed during
   * the call); its duration then runs to now.
   *
   * @throws CommandException when the call is unknown
   */
  synchronized CallRecord record(
      CallId call,
      String agent,
      @Nullable String disposition,
      String notes,
      List<String> tags,
      @Nullable String queue,
      @Nullable CustomerId customer)
      throws CommandException {
    Facts facts = calls.get(call);
    if (facts == null) {
      throw new CommandException("no call " + call.value() + " to wrap up");
    }
    Instant start = facts.answered == null ? facts.offered : facts.answered;
    Instant end = facts.ended == null ? clock.instant() : facts.ended;
    Duration talked = facts.answered == null ? Duration.ZERO : Duration.between(start, end);
    boolean inbound = facts.direction == CallDirection.INBOUND;
    return new CallRecord(
        call.value(),
        facts.direction,
        inbound ? facts.remote : localAddress,
        inbound ? localAddress : facts.remote,
        start,
        talked.isNegative() ? Duration.ZERO : talked,
        queue,
        disposition,
        notes,
        tags,
        null,
        agent,
        customer);
  }

  private void trim() {
    var oldest = calls.keySet().iterator();
    while (calls.size() > KEEP && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
