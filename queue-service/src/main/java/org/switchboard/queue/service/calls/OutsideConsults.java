package org.switchboard.queue.service.calls;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.centre.EndReason;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;

/**
 * Consult transfers to outside numbers (ADR 0031). The centre has opened the consult (the customer
 * hears music, {@link ConsultBridge} plays it) before the number is dialled. When it answers, the
 * first agent is bridged to it and the centre hears of it; completing the consult bridges the
 * customer to the outside party and hangs up the agent's leg (the call then lives outside the
 * centre, the outside party's hang-up ending it); cancelling it hangs up the outside call ({@link
 * ConsultBridge} puts the customer back with the agent). A number busy, unreachable or unanswered,
 * or an outside party hanging up before completion, cancels the consult on the centre with a note
 * saying why. Everything here runs on {@code queue-calls}.
 */
final class OutsideConsults implements OutsideCalls.Outcome {
  private static final Logger LOG = LoggerFactory.getLogger(OutsideConsults.class);

  private final CallControl sip;
  private final MediaPlane media;
  private final CentreCommands centre;
  private final OutsideCalls calls;
  private final Consumer<CustomerCall> playMusic;

  /**
   * @param playMusic plays the customer's queue music to them
   */
  OutsideConsults(
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
   * Dials {@code uri} for the consult the centre opened on {@code customer}'s interaction; null
   * when started, else why not (the caller then cancels the consult).
   *
   * @param agent the first agent, who consults
   * @param target the number as the agent gave it (for the notes)
   */
  @Nullable String start(CustomerCall customer, String agent, String target, String uri) {
    String refusal = OutsideCalls.refusal(customer);
    if (refusal != null) {
      return refusal;
    }
    LOG.info("interaction {}: {} consults {}", customer.interaction, agent, uri);
    calls.dial(customer, new OutsideLeg(agent, target, uri, true), this);
    return null;
  }

  @Override
  public void answered(CustomerCall customer, OutsideLeg leg, CallId call) {
    CallId first = customer.agentLeg;
    if (first != null) {
      media.bridge(first, call);
    }
    playMusic.accept(customer); // the customer waits on music while they talk
    String id = customer.interaction;
    centre.later("outside consult answered " + id, c -> c.outsideConsultAnswered(id));
  }

  @Override
  public void hungUp(CustomerCall customer, OutsideLeg leg) {
    if (customer.phase == CustomerCall.Phase.OUTSIDE) {
      sip.hangup(customer.call); // completed: the call is over
    } else {
      cancel(customer, leg, "the outside party hung up");
    }
  }

  @Override
  public void failed(CustomerCall customer, OutsideLeg leg, String reason) {
    cancel(customer, leg, reason);
  }

  /** The consult failed: the centre cancels it (the customer is back with the agent), noted. */
  private void cancel(CustomerCall customer, OutsideLeg leg, String reason) {
    String id = customer.interaction;
    String note = OutsideTransfers.failureNote("the consult with", leg, reason);
    LOG.info("interaction {}: {}", id, note);
    centre.later(
        "cancel the consult of " + id,
        c -> {
          c.cancelTransfer(id);
          c.addNote(id, leg.agent, note);
        });
  }

  /** The centre changed {@code interaction}: an outside consult may be completed or cancelled. */
  void changed(CustomerCall customer, Interaction interaction) {
    OutsideLeg leg = customer.outside;
    if (leg == null || !leg.consult) {
      return;
    }
    CallId call = leg.call;
    if (interaction.status() == InteractionStatus.WRAP_UP
        && interaction.endReason() == EndReason.TRANSFERRED_OUT
        && leg.answered
        && call != null) {
      completed(customer, call);
    } else if (interaction.status() == InteractionStatus.CONNECTED) {
      LOG.info("interaction {}: the consult with {} is cancelled", customer.interaction, leg.uri);
      calls.drop(customer);
    }
  }

  private void completed(CustomerCall customer, CallId call) {
    CallId first = customer.agentLeg;
    customer.agentLeg = null; // its end no longer ends the customer's call
    customer.inConsult = false;
    customer.phase = CustomerCall.Phase.OUTSIDE;
    customer.stopHold();
    media.bridge(customer.call, call);
    if (first != null) {
      sip.hangup(first);
    }
    LOG.info("interaction {}: the customer is bridged to the outside party", customer.interaction);
  }
}
