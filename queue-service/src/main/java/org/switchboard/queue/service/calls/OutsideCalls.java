package org.switchboard.queue.service.calls;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.service.timing.Timers;

/**
 * The calls to outside numbers that transfers place (ADR 0031), from dialling to their end: each
 * rings at most {@code service.sip.outsideRingTimeout}; a call that ends before an answer is a
 * failure with a reason a person can read (busy, unreachable, no answer...). What an answer, a
 * failure or a later hang-up means is up to the transfer that placed the call ({@link
 * OutsideTransfers} blind, {@link OutsideConsults} consult), told through its {@link Outcome}.
 * Everything here runs on {@code queue-calls}.
 */
final class OutsideCalls {
  /** How long an outside number may ring before the transfer fails. */
  private static final Logger LOG = LoggerFactory.getLogger(OutsideCalls.class);

  /** What a transfer does when its outside call answers or ends. Called on {@code queue-calls}. */
  interface Outcome {
    /** The number answered {@code call}. */
    void answered(CustomerCall customer, OutsideLeg leg, CallId call);

    /** The number did not answer, saying why; {@code customer.outside} is cleared already. */
    void failed(CustomerCall customer, OutsideLeg leg, String reason);

    /** The outside party hung up after answering; {@code customer.outside} is cleared already. */
    void hungUp(CustomerCall customer, OutsideLeg leg);
  }

  /** One outside call and who placed it. */
  private record Placed(CustomerCall customer, OutsideLeg leg, Outcome outcome) {}

  private final CallControl sip;
  private final MediaPlane media;
  private final Timers timers;
  private final Executor callsThread;
  private final Duration ringTimeout;
  private final Map<CallId, Placed> calls = new HashMap<>();

  /**
   * @param ringTimeout how long an outside number may ring ({@code service.sip.outsideRingTimeout})
   */
  OutsideCalls(
      CallControl sip,
      MediaPlane media,
      Timers timers,
      Executor callsThread,
      Duration ringTimeout) {
    this.sip = sip;
    this.media = media;
    this.timers = timers;
    this.callsThread = callsThread;
    this.ringTimeout = ringTimeout;
  }

  /** Why {@code customer} cannot be transferred to an outside number now; null when they can. */
  static @Nullable String refusal(CustomerCall customer) {
    if (customer.phase != CustomerCall.Phase.CONNECTED
        && customer.phase != CustomerCall.Phase.HELD) {
      return "the customer is not with an agent";
    }
    if (customer.outside != null) {
      return "a transfer to an outside number is already under way";
    }
    return null;
  }

  /** Dials {@code leg} for {@code customer}, who has it as their outside leg from now on. */
  void dial(CustomerCall customer, OutsideLeg leg, Outcome outcome) {
    customer.outside = leg;
    sip.dial(leg.uri, Map.of(Headers.SIP_INTERACTION, customer.interaction))
        .whenComplete(
            (call, failure) ->
                callsThread.execute(
                    () -> dialled(new Placed(customer, leg, outcome), call, failure)));
  }

  private void dialled(Placed placed, @Nullable CallId call, @Nullable Throwable failure) {
    OutsideLeg leg = placed.leg();
    if (placed.customer().outside != leg) {
      if (call != null) {
        sip.hangup(call); // the customer left, or the transfer was dropped, meanwhile
      }
      return;
    }
    if (call == null) {
      fail(placed, "it could not be dialled (" + describe(failure) + ")");
      return;
    }
    leg.call = call;
    calls.put(call, placed);
    leg.ringTimer = timers.schedule(ringTimeout, () -> noAnswer(leg, call));
  }

  private void noAnswer(OutsideLeg leg, CallId call) {
    if (!leg.answered && calls.containsKey(call)) {
      leg.ringTimer = null;
      leg.timedOut = true;
      sip.hangup(call);
    }
  }

  /** Whether {@code call} is a call to an outside number. */
  boolean owns(CallId call) {
    return calls.containsKey(call);
  }

  /** An event of one of the outside calls. */
  void onEvent(CallEvent event) {
    Placed placed = calls.get(event.callId());
    if (placed == null) {
      return;
    }
    if (event instanceof CallEvent.Ended ended) {
      calls.remove(ended.callId());
      media.forget(ended.callId());
    }
    OutsideLeg leg = placed.leg();
    CustomerCall customer = placed.customer();
    if (customer.outside != leg) {
      return; // dropped: its end was asked for
    }
    if (event instanceof CallEvent.Answered) {
      leg.answered = true;
      cancelTimer(leg);
      LOG.info("interaction {}: {} answered", customer.interaction, leg.uri);
      placed.outcome().answered(customer, leg, event.callId());
    } else if (event instanceof CallEvent.Ended ended) {
      if (leg.answered) {
        customer.outside = null;
        placed.outcome().hungUp(customer, leg);
      } else {
        fail(
            placed,
            leg.timedOut ? "no answer within " + ringTimeout.toSeconds() + " s" : reasonOf(ended));
      }
    }
  }

  private void fail(Placed placed, String reason) {
    cancelTimer(placed.leg());
    placed.customer().outside = null;
    if (placed.customer().phase != CustomerCall.Phase.ENDED) {
      placed.outcome().failed(placed.customer(), placed.leg(), reason);
    }
  }

  /**
   * Drops {@code customer}'s outside leg, if any, ringing or answered: it is hung up and what
   * follows from it is ignored.
   */
  void drop(CustomerCall customer) {
    OutsideLeg leg = customer.outside;
    customer.outside = null;
    if (leg == null) {
      return;
    }
    cancelTimer(leg);
    CallId call = leg.call;
    if (call != null) {
      sip.hangup(call);
    }
  }

  private static void cancelTimer(OutsideLeg leg) {
    Timers.@Nullable Timer timer = leg.ringTimer;
    leg.ringTimer = null;
    if (timer != null) {
      timer.cancel();
    }
  }

  private static String reasonOf(CallEvent.Ended ended) {
    switch (ended.reason()) {
      case BUSY:
        return "the number is busy (" + ended.sipStatus() + ")";
      case DECLINED:
        return "the call was declined (" + ended.sipStatus() + ")";
      case UNAVAILABLE:
        return "the number is unreachable (" + ended.sipStatus() + ")";
      case TIMEOUT:
        return "no final answer from the network";
      default:
        return ended.detail().isEmpty()
            ? "the call failed (" + ended.sipStatus() + ")"
            : ended.detail() + " (" + ended.sipStatus() + ")";
    }
  }

  private static String describe(@Nullable Throwable failure) {
    return failure == null ? "unknown" : String.valueOf(failure.getMessage());
  }
}
