package org.switchboard.queue.service.calls;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
 * Blind transfers of customers to outside numbers (ADR 0031). The customer hears the queue's music
 * while the number rings and the agent stays on the line; when it answers the customer is bridged
 * to it, the agent's leg is hung up and the centre ends the interaction as transferred out. When it
 * is busy, unreachable or unanswered within {@link #RING_TIMEOUT}, the customer is back with the
 * agent and a note on the interaction says why. Everything here runs on {@code queue-calls}.
 */
final class OutsideTransfers {
  /** How long an outside number may ring before the customer goes back to the agent. */
  static final Duration RING_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(OutsideTransfers.class);

  private final CallControl sip;
  private final MediaPlane media;
  private final CentreCommands centre;
  private final Timers timers;
  private final Executor callsThread;
  private final Consumer<CustomerCall> playMusic;
  private final Map<CallId, CustomerCall> legs = new HashMap<>();

  /**
   * @param playMusic plays the customer's queue music to them
   */
  OutsideTransfers(
      CallControl sip,
      MediaPlane media,
      CentreCommands centre,
      Timers timers,
      Executor callsThread,
      Consumer<CustomerCall> playMusic) {
    this.sip = sip;
    this.media = media;
    this.centre = centre;
    this.timers = timers;
    this.callsThread = callsThread;
    this.playMusic = playMusic;
  }

  /**
   * Dials {@code uri} for {@code customer}; null when started, else why not.
   *
   * @param target the number as the agent gave it (for the notes)
   */
  @Nullable String start(CustomerCall customer, String agent, String target, String uri) {
    if (customer.phase != CustomerCall.Phase.CONNECTED
        && customer.phase != CustomerCall.Phase.HELD) {
      return "the customer is not with an agent";
    }
    if (customer.outside != null) {
      return "a transfer to an outside number is already under way";
    }
    if (customer.inConsult) {
      return "a consult transfer is open; complete or cancel it first";
    }
    OutsideLeg leg = new OutsideLeg(agent, target, uri);
    customer.outside = leg;
    playMusic.accept(customer);
    LOG.info("interaction {}: {} transfers the customer to {}", customer.interaction, agent, uri);
    sip.dial(uri, Map.of(Headers.SIP_INTERACTION, customer.interaction))
        .whenComplete(
            (call, failure) -> callsThread.execute(() -> dialled(customer, leg, call, failure)));
    return null;
  }

  private void dialled(
      CustomerCall customer, OutsideLeg leg, @Nullable CallId call, @Nullable Throwable failure) {
    if (call == null) {
      failed(customer, leg, "it could not be dialled (" + describe(failure) + ")");
      return;
    }
    if (customer.outside != leg) {
      sip.hangup(call); // the customer left meanwhile
      return;
    }
    leg.call = call;
    legs.put(call, customer);
    leg.ringTimer = timers.schedule(RING_TIMEOUT, () -> noAnswer(leg, call));
  }

  private void noAnswer(OutsideLeg leg, CallId call) {
    if (!leg.answered && legs.containsKey(call)) {
      leg.ringTimer = null;
      leg.timedOut = true;
      sip.hangup(call);
    }
  }

  /** Whether {@code call} is a call to an outside number. */
  boolean owns(CallId call) {
    return legs.containsKey(call);
  }

  /** An event of one of the outside calls. */
  void onEvent(CallEvent event) {
    CustomerCall customer = legs.get(event.callId());
    OutsideLeg leg = customer == null ? null : customer.outside;
    if (customer == null || leg == null) {
      return;
    }
    if (event instanceof CallEvent.Answered) {
      answered(customer, leg, event.callId());
    } else if (event instanceof CallEvent.Ended ended) {
      legs.remove(ended.callId());
      media.forget(ended.callId());
      if (leg.answered) {
        customer.outside = null;
        sip.hangup(customer.call); // the outside party hung up: the call is over
      } else {
        failed(
            customer,
            leg,
            leg.timedOut ? "no answer within " + RING_TIMEOUT.toSeconds() + " s" : reasonOf(ended));
      }
    }
  }

  private void answered(CustomerCall customer, OutsideLeg leg, CallId call) {
    leg.answered = true;
    cancelTimer(leg);
    CallId agentLeg = customer.agentLeg;
    customer.agentLeg = null; // its end no longer ends the customer's call
    customer.phase = CustomerCall.Phase.OUTSIDE;
    media.bridge(customer.call, call);
    if (agentLeg != null) {
      sip.hangup(agentLeg);
    }
    String id = customer.interaction;
    LOG.info("interaction {}: {} answered; the customer is bridged to it", id, leg.uri);
    centre.later("transferred out " + id, c -> c.transferredOut(id, leg.agent, leg.target));
  }

  private void failed(CustomerCall customer, OutsideLeg leg, String reason) {
    cancelTimer(leg);
    if (customer.outside == leg) {
      customer.outside = null;
    }
    if (customer.phase == CustomerCall.Phase.ENDED) {
      return;
    }
    CallId agentLeg = customer.agentLeg;
    if (customer.phase == CustomerCall.Phase.CONNECTED && agentLeg != null) {
      media.bridge(customer.call, agentLeg);
    } // held: the customer stays on music until the agent resumes
    String id = customer.interaction;
    String note =
        "the transfer to the outside number "
            + leg.target
            + " failed: "
            + reason
            + "; the customer is back with "
            + leg.agent;
    LOG.info("interaction {}: {}", id, note);
    centre.later("note on " + id, c -> c.addNote(id, leg.agent, note));
  }

  /** The customer's call ended: an outside call under way is ended too. */
  void customerGone(CustomerCall customer) {
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
