package org.switchboard.queue.service.calls;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;

/**
 * Blind transfers of customers to outside numbers (ADR 0031). The customer hears the queue's music
 * while the number rings and the agent stays on the line; when it answers the customer is bridged
 * to it, the agent's leg is hung up and the centre ends the interaction as transferred out. When it
 * is busy, unreachable or unanswered within {@code service.sip.outsideRingTimeout}, the customer is
 * back with the agent and a note on the interaction says why. The outside party hanging up later
 * ends the customer's call. Everything here runs on {@code queue-calls}.
 */
final class OutsideTransfers implements OutsideCalls.Outcome {
  private static final Logger LOG = LoggerFactory.getLogger(OutsideTransfers.class);

  private final CallControl sip;
  private final MediaPlane media;
  private final CentreCommands centre;
  private final OutsideCalls calls;
  private final Consumer<CustomerCall> playMusic;

  /**
   * @param playMusic plays the customer's queue music to them
   */
  OutsideTransfers(
      CallControl sip,
      MediaPlane media,
      CentreCommands centre,
      OutsideCalls calls,
      Consumer<CustomerCall> playMusic) {
    this.sip = sip;
    this.media = media;
    this.centre = centre;
    this.calls = calls;
    this.playMusic = playMusic;
  }

  /**
   * Dials {@code uri} for {@code customer}; null when started, else why not.
   *
   * @param target the number as the agent gave it (for the notes)
   */
  @Nullable String start(CustomerCall customer, String agent, String target, String uri) {
    String refusal = OutsideCalls.refusal(customer);
    if (refusal != null) {
      return refusal;
    }
    if (customer.inConsult) {
      return "a consult transfer is open; complete or cancel it first";
    }
    playMusic.accept(customer);
    LOG.info("interaction {}: {} transfers the customer to {}", customer.interaction, agent, uri);
    calls.dial(customer, new OutsideLeg(agent, target, uri, false), this);
    return null;
  }

  @Override
  public void answered(CustomerCall customer, OutsideLeg leg, CallId call) {
    CallId agentLeg = customer.agentLeg;
    customer.agentLeg = null; // its end no longer ends the customer's call
    customer.phase = CustomerCall.Phase.OUTSIDE;
    media.bridge(customer.call, call);
    if (agentLeg != null) {
      sip.hangup(agentLeg);
    }
    String id = customer.interaction;
    LOG.info("interaction {}: the customer is bridged to {}", id, leg.uri);
    centre.later("transferred out " + id, c -> c.transferredOut(id, leg.agent, leg.target));
  }

  @Override
  public void hungUp(CustomerCall customer, OutsideLeg leg) {
    sip.hangup(customer.call); // the outside party hung up: the call is over
  }

  @Override
  public void failed(CustomerCall customer, OutsideLeg leg, String reason) {
    CallId agentLeg = customer.agentLeg;
    if (customer.phase == CustomerCall.Phase.CONNECTED && agentLeg != null) {
      media.bridge(customer.call, agentLeg);
    } // held: the customer stays on music until the agent resumes
    String id = customer.interaction;
    String note = failureNote("the transfer to", leg, reason);
    LOG.info("interaction {}: {}", id, note);
    centre.later("note on " + id, c -> c.addNote(id, leg.agent, note));
  }

  /** The note saying why a transfer to an outside number failed. */
  static String failureNote(String what, OutsideLeg leg, String reason) {
    return what
        + " the outside number "
        + leg.target
        + " failed: "
        + reason
        + "; the customer is back with "
        + leg.agent;
  }
}
