package org.switchboard.queue.service.calls;

import java.util.Map;
import java.util.function.Consumer;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;

/**
 * The media of a consult transfer: while it is open the customer hears music; when the target
 * answers, the first agent and the target are bridged to talk; completing it bridges the customer
 * to the target and hangs up the first agent; cancelling it hangs up the target and bridges the
 * customer back to the first agent. Follows the centre's interaction changes. With an outside
 * number the target's call is {@link OutsideConsults}' (it bridges, completes and hangs up); here
 * only the customer's music and, on cancel, the way back to the first agent. Runs on {@code
 * queue-calls}.
 */
final class ConsultBridge {
  private final CallControl sip;
  private final MediaPlane media;
  private final Map<CallId, AgentLeg> agentLegs;
  private final Consumer<CustomerCall> playMusic;

  /**
   * @param agentLegs the calls to agents, by call (read only here)
   * @param playMusic plays the customer's queue music to them
   */
  ConsultBridge(
      CallControl sip,
      MediaPlane media,
      Map<CallId, AgentLeg> agentLegs,
      Consumer<CustomerCall> playMusic) {
    this.sip = sip;
    this.media = media;
    this.agentLegs = agentLegs;
    this.playMusic = playMusic;
  }

  /** Whether {@code interaction} has a consult transfer open (its customer held meanwhile). */
  static boolean consultOpen(Interaction interaction) {
    return interaction.openConsult().isPresent();
  }

  /** The consult target answered {@code leg}: they talk with the first agent. */
  void targetAnswered(CustomerCall customer, AgentLeg leg) {
    customer.consultLeg = leg.call();
    CallId first = customer.agentLeg;
    if (first != null) {
      media.bridge(first, leg.call());
    }
    playMusic.accept(customer);
  }

  /** The consult target's leg ended before the transfer was completed. */
  void targetGone(CustomerCall customer, CallId leg) {
    if (leg.equals(customer.consultLeg)) {
      customer.consultLeg = null; // the customer stays on music until the agent cancels
    }
  }

  /** The customer hung up: a consult target still on the line is let go too. */
  void customerGone(CustomerCall customer) {
    CallId target = customer.consultLeg;
    customer.consultLeg = null;
    customer.inConsult = false;
    if (target != null) {
      sip.hangup(target);
    }
  }

  /** The centre changed {@code interaction}: a consult starts, completes or is cancelled. */
  void changed(CustomerCall customer, Interaction interaction) {
    if (!customer.inConsult) {
      if (consultOpen(interaction)) {
        customer.inConsult = true;
        playMusic.accept(customer);
      }
      return;
    }
    if (interaction.status() != InteractionStatus.CONNECTED) {
      return;
    }
    CallId target = customer.consultLeg;
    AgentLeg targetLeg = target == null ? null : agentLegs.get(target);
    customer.inConsult = false;
    customer.consultLeg = null;
    customer.phase = CustomerCall.Phase.CONNECTED;
    customer.stopHold();
    if (target != null && targetLeg != null && targetLeg.agent().equals(interaction.agent())) {
      CallId first = customer.agentLeg;
      customer.agentLeg = target; // completed: the target has the customer
      media.bridge(customer.call, target);
      if (first != null) {
        sip.hangup(first);
      }
      return;
    }
    if (target != null) {
      sip.hangup(target); // cancelled
    }
    CallId first = customer.agentLeg;
    if (first != null) {
      media.bridge(customer.call, first);
    }
  }
}
