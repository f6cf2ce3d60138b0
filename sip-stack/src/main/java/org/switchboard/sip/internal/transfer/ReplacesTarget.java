package org.switchboard.sip.internal.transfer;

import java.util.Optional;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.header.CallIdHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.Hangups;
import org.switchboard.sip.internal.invite.InboundCalls;

/**
 * The transfer target's side of RFC 3891: an INVITE whose Replaces names one of our calls takes its
 * place. The new call is answered at once, listeners see {@code Replaced(old, new)}, and the old
 * call ends (BYE when confirmed, CANCEL when it was our own ringing call). Refusals follow section
 * 3: no such dialog, or an early dialog we did not start, 481; a confirmed dialog with {@code
 * early-only}, 486; a dialog already over, 603. Used on {@code sip-events}.
 */
public final class ReplacesTarget {
  private static final Logger LOG = LoggerFactory.getLogger(ReplacesTarget.class);

  private final CallContext ctx;
  private final InboundCalls inbound;
  private final Hangups hangups;
  private final Byes byes;

  public ReplacesTarget(CallContext ctx, InboundCalls inbound, Hangups hangups, Byes byes) {
    this.ctx = ctx;
    this.inbound = inbound;
    this.hangups = hangups;
    this.byes = byes;
  }

  /** Whether {@code invite} (outside any dialog) carries a Replaces header. */
  public static boolean replaces(Request invite) {
    return invite.getHeader("Replaces") != null;
  }

  /** A new INVITE with a Replaces header. */
  public void onInvite(Request invite, ServerTransaction transaction) {
    Optional<ReplacesValue> replaces = ReplacesValue.parse(valueOf(invite.getHeader("Replaces")));
    if (replaces.isEmpty()) {
      ctx.responder().respond(transaction, Response.BAD_REQUEST);
      return;
    }
    Call found = matching(replaces.get()).orElse(null);
    int refusal = refusal(found, replaces.get());
    if (found == null || refusal != 0) {
      LOG.info("INVITE with Replaces refused with {}", refusal);
      ctx.responder().respond(transaction, refusal);
      return;
    }
    Call old = found;
    inbound.onInvite(invite, transaction);
    String newSipCallId = ((CallIdHeader) invite.getHeader(CallIdHeader.NAME)).getCallId();
    Call replacement = ctx.calls().bySipCallId(newSipCallId).orElse(null);
    if (replacement == null || replacement.isEnded()) {
      return; // InboundCalls refused it (no media, unusable SDP) and answered already
    }
    try {
      inbound.answer(replacement.id());
    } catch (CallControlException e) {
      LOG.info("could not answer the replacing call: {}", e.getMessage());
      return;
    }
    LOG.info("call {} replaced by call {}", old.id(), replacement.id());
    ctx.calls().fire(new CallEvent.Replaced(old.id(), replacement.id()));
    if (old.isConfirmed()) {
      byes.byeAndEnd(old, EndReason.LOCAL_HANGUP, "replaced by another call");
    } else {
      hangups.hangup(old.id());
    }
  }

  /** The call whose dialog the Replaces names, seen from our side. */
  private Optional<Call> matching(ReplacesValue replaces) {
    return ctx.calls()
        .bySipCallId(replaces.callId())
        .filter(
            call -> {
              Dialog dialog = call.dialog();
              String remoteTag = dialog == null ? null : dialog.getRemoteTag();
              return replaces.toTag().equals(call.localTag())
                  && replaces.fromTag().equals(remoteTag);
            });
  }

  /** The RFC 3891 section 3 refusal for replacing {@code old}, or 0 when it may be replaced. */
  private static int refusal(@Nullable Call old, ReplacesValue replaces) {
    if (old == null) {
      return Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
    }
    if (old.isEnded()) {
      return Response.DECLINE;
    }
    if (old.isEarly()) {
      return old.isOutbound() ? 0 : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
    }
    if (replaces.earlyOnly()) {
      return Response.BUSY_HERE;
    }
    return old.isConfirmed() ? 0 : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
  }

  private static String valueOf(Header header) {
    String text = header.toString().trim();
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(colon + 1).trim();
  }
}
