package org.switchboard.sip.internal.invite;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;

/**
 * Ending calls: the agent's hang-up in every phase (BYE, CANCEL or reject), and the peer's BYE.
 * Used on {@code sip-events}.
 */
public final class Hangups {
  private final CallContext ctx;
  private final InboundCalls inbound;
  private final OutboundCalls outbound;
  private final Byes byes;

  public Hangups(CallContext ctx, InboundCalls inbound, OutboundCalls outbound, Byes byes) {
    this.ctx = ctx;
    this.inbound = inbound;
    this.outbound = outbound;
    this.byes = byes;
  }

  /** The agent hangs up {@code id}, whatever its phase. */
  public void hangup(CallId id) {
    Call call = ctx.calls().require(id);
    switch (call.phase) {
      case OFFERED -> inbound.reject(id, false);
      case DIALING, EARLY -> outbound.cancel(call);
      case ACCEPTED, CONFIRMED ->
          byes.byeAndEnd(call, EndReason.LOCAL_HANGUP, "hung up by the agent");
      case ENDED -> {}
    }
  }

  /** The peer's BYE. */
  public void onBye(Request bye, ServerTransaction transaction) {
    Call call = ctx.calls().bySipCallId(InboundCalls.sipCallId(bye)).orElse(null);
    if (call == null || call.phase == Call.Phase.ENDED) {
      ctx.responder().respond(transaction, 481);
      return;
    }
    ctx.responder().respond(transaction, 200);
    if (call.phase == Call.Phase.OFFERED) {
      inbound.terminateOffer(call, 487);
      ctx.calls().end(call, EndReason.CALLER_CANCELLED, 0, "the caller hung up", false);
    } else {
      ctx.calls().end(call, EndReason.REMOTE_HANGUP, 0, "the other side hung up", false);
    }
  }
}
