package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import java.time.Duration;
import javax.sip.ServerTransaction;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSession;
import org.switchboard.sip.internal.sdp.OfferAnswer;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.UnusableSdpException;
import org.switchboard.sip.internal.transport.Identifiers;

/**
 * Calls to the agent: the INVITE (100, 180 and the {@code Incoming} event), answer, reject, the
 * caller's CANCEL and the ACK that confirms the call.
 *
 * <p>An INVITE without an offer is accepted: the 200 carries our offer and the ACK must carry the
 * answer (RFC 3264 section 4); an ACK without a usable answer ends the call with BYE. {@code
 * Answered} is fired when the ACK arrives (the dialog is then confirmed); media starts already when
 * the 200 is sent, so no audio is lost. A server's request to answer by itself ({@link
 * AutoAnswerRequest}) is honoured only when the account allows it; otherwise the call rings as
 * usual. Used on {@code sip-events}.
 */
public final class InboundCalls {
  private static final Logger LOG = LoggerFactory.getLogger(InboundCalls.class);

  /** Characters of a dialled number kept (a user part is at most 64 where we check it). */
  private static final int MAX_DIALLED = 64;

  private final CallContext ctx;
  private final Byes byes;

  public InboundCalls(CallContext ctx, Byes byes) {
    this.ctx = ctx;
    this.byes = byes;
  }

  static String sipCallId(Request request) {
    return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
  }

  /** A new INVITE (no To tag) with its server transaction. */
  public void onInvite(Request invite, ServerTransaction transaction) {
    if (ctx.calls().bySipCallId(sipCallId(invite)).isPresent()) {
      // The same INVITE reached us on a second branch (RFC 3261 section 8.2.2.2).
      ctx.responder().respond(transaction, Response.LOOP_DETECTED);
      return;
    }
    RemoteMedia offer;
    try {
      offer = SessionDescriptions.read(invite);
    } catch (UnusableSdpException e) {
      notAcceptable(transaction, e);
      return;
    }
    Call call = openCall(invite, transaction, offer);
    if (call == null) {
      return;
    }
    call.inviteServer = transaction;
    call.invite = invite;
    call.localTag = Identifiers.newTag();
    call.dialog = transaction.getDialog();
    ctx.calls().add(call);
    ctx.responder().respond(transaction, Response.TRYING);
    sendProvisional(call, Response.RINGING);
    LOG.info("incoming call {} from {}", call.id, call.remote);
    ctx.calls()
        .fire(
            new CallEvent.Incoming(
                call.id, call.remote, ExtensionHeaders.of(invite), dialled(invite)));
    AutoAnswerRequest.of(invite).ifPresent(delay -> scheduleAutoAnswer(call, delay));
  }

  /** The Request-URI's user part (the number dialled), cleaned; empty when it has none. */
  static String dialled(Request invite) {
    if (invite.getRequestURI() instanceof javax.sip.address.SipURI sip && sip.getUser() != null) {
      return UntrustedText.clean(sip.getUser(), MAX_DIALLED);
    }
    return "";
  }

  /** The server asked for auto-answer: answer after {@code delay} if the account allows it. */
  private void scheduleAutoAnswer(Call call, Duration delay) {
    if (!ctx.requests().account().options().autoAnswerAllowed()) {
      LOG.info("call {}: the server asked for auto-answer; not allowed for this account", call.id);
      return;
    }
    LOG.info("call {}: auto-answer in {} ms, as the server asked", call.id, delay.toMillis());
    ctx.loop().schedule(() -> autoAnswer(call), delay);
  }

  private void autoAnswer(Call call) {
    if (call.phase != Call.Phase.OFFERED) {
      return; // answered, rejected or cancelled meanwhile
    }
    try {
      answer(call.id);
    } catch (CallControlException e) {
      LOG.info("call {}: auto-answer failed: {}", call.id, e.getMessage());
    }
  }

  /** A new call with its media session and prepared answer; null when the INVITE was refused. */
  private @Nullable Call openCall(
      Request invite, ServerTransaction transaction, @Nullable RemoteMedia offer) {
    CallId id = CallId.random();
    MediaSession media;
    try {
      media = ctx.mediaEngine().open(id);
    } catch (RuntimeException e) {
      LOG.warn("no media session for an incoming call: {}", e.toString());
      ctx.responder().respond(transaction, Response.SERVICE_UNAVAILABLE);
      return null;
    }
    FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
    Call call =
        new Call(
            id,
            CallDirection.INBOUND,
            sipCallId(invite),
            RemoteParties.of(from.getAddress()),
            media,
            Call.Phase.OFFERED);
    if (offer != null) {
      try {
        call.pendingAnswer =
            OfferAnswer.answer(offer, media.codecs(), false, SessionDescriptions.rules(ctx, call));
      } catch (UnusableSdpException e) {
        media.close();
        notAcceptable(transaction, e);
        return null;
      }
    }
    return call;
  }

  private void notAcceptable(ServerTransaction transaction, UnusableSdpException e) {
    try {
      Response response =
          ctx.responder().create(transaction.getRequest(), Response.NOT_ACCEPTABLE_HERE, null);
      response.setReasonPhrase("Not Acceptable Here (" + e.getMessage() + ")");
      ctx.responder().send(transaction, response);
    } catch (ParseException ex) {
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
    }
  }

  private void sendProvisional(Call call, int status) {
    try {
      Response ringing = ctx.responder().create(invite(call), status, call.localTag);
      ringing.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      ctx.responder().send(server(call), ringing);
    } catch (ParseException e) {
      LOG.warn("could not build a {}: {}", status, e.toString());
    }
  }

  /** The agent answers. */
  public void answer(CallId id) {
    Call call = ctx.calls().require(id);
    if (call.direction != CallDirection.INBOUND || call.phase != Call.Phase.OFFERED) {
      throw new CallControlException("call " + id + " is not ringing");
    }
    String sdp;
    OfferAnswer.Answer answer = call.pendingAnswer;
    try {
      if (answer != null) {
        call.media.start(answer.media());
        call.negotiated = answer.media();
        call.mediaStarted = true;
        sdp = SessionDescriptions.answer(call, answer);
      } else {
        call.answerExpectedInAck = true;
        sdp = SessionDescriptions.offer(ctx, call, MediaDirection.SENDRECV);
      }
    } catch (RuntimeException e) {
      terminateOffer(call, Response.SERVER_INTERNAL_ERROR);
      ctx.calls().end(call, EndReason.FAILED, 500, "media could not start", false);
      throw new CallControlException("media could not start", e);
    }
    try {
      Response ok = ctx.responder().create(invite(call), Response.OK, call.localTag);
      ok.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      SessionDescriptions.attach(ok, sdp, ctx.endpoint().headers());
      ctx.hooks().onAnswering(call, invite(call), ok);
      if (!ctx.responder().send(server(call), ok)) {
        ctx.calls()
            .end(call, EndReason.FAILED, 0, "the call was gone before it was answered", false);
        throw new CallControlException("the call was gone before it was answered");
      }
    } catch (ParseException e) {
      throw new CallControlException("could not build the 200 OK", e);
    }
    call.dialog = server(call).getDialog();
    call.phase = Call.Phase.ACCEPTED;
  }

  /** The agent rejects with 486 Busy Here, or 603 Decline when {@code decline}. */
  public void reject(CallId id, boolean decline) {
    Call call = ctx.calls().require(id);
    if (call.direction != CallDirection.INBOUND || call.phase != Call.Phase.OFFERED) {
      throw new CallControlException("call " + id + " is not ringing");
    }
    int status = decline ? Response.DECLINE : Response.BUSY_HERE;
    terminateOffer(call, status);
    ctx.calls().end(call, EndReason.REJECTED, status, "rejected by the agent", false);
  }

  /** Sends a final error response to the INVITE of a call not yet answered. */
  void terminateOffer(Call call, int status) {
    try {
      ctx.responder()
          .send(server(call), ctx.responder().create(invite(call), status, call.localTag));
    } catch (ParseException e) {
      LOG.warn("could not build a {}: {}", status, e.toString());
    }
  }

  /** The caller's CANCEL, with its own server transaction. */
  public void onCancel(Request cancel, ServerTransaction transaction) {
    Call call =
        ctx.calls()
            .bySipCallId(sipCallId(cancel))
            .filter(c -> c.direction == CallDirection.INBOUND)
            .orElse(null);
    if (call == null) {
      ctx.responder().respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
      return;
    }
    ctx.responder().respond(transaction, Response.OK);
    if (call.phase == Call.Phase.OFFERED) {
      terminateOffer(call, Response.REQUEST_TERMINATED);
      ctx.calls().end(call, EndReason.CALLER_CANCELLED, 487, "the caller cancelled", false);
    }
  }

  /**
   * An ACK for the 200 we sent: confirms the call (and carries the answer when our 200 had the
   * offer).
   *
   * @return whether the ACK was for an answered inbound call
   */
  public boolean onAck(Call call, Request ack) {
    if (call.phase != Call.Phase.ACCEPTED) {
      return false;
    }
    if (call.answerExpectedInAck) {
      call.answerExpectedInAck = false;
      try {
        RemoteMedia answer = SessionDescriptions.read(ack);
        if (answer == null) {
          throw new UnusableSdpException("the ACK carries no answer");
        }
        var media = SessionDescriptions.accept(ctx, call, answer);
        call.media.start(media);
        call.negotiated = media;
        call.mediaStarted = true;
      } catch (UnusableSdpException | RuntimeException e) {
        LOG.info("call {}: no usable answer in the ACK: {}", call.id, e.getMessage());
        byes.byeAndEnd(call, EndReason.FAILED, "no usable SDP answer in the ACK");
        return true;
      }
    }
    call.phase = Call.Phase.CONFIRMED;
    ctx.calls().fire(new CallEvent.Answered(call.id));
    return true;
  }

  private static Request invite(Call call) {
    Request invite = call.invite;
    if (invite == null) {
      throw new IllegalStateException("inbound call without its INVITE");
    }
    return invite;
  }

  private static ServerTransaction server(Call call) {
    ServerTransaction server = call.inviteServer;
    if (server == null) {
      throw new IllegalStateException("inbound call without its transaction");
    }
    return server;
  }

  /** The caller never ACKed our 200 (JAIN-SIP's dialog timer gave up): end the call. */
  public void onAckMissing(String sipCallId) {
    ctx.calls()
        .bySipCallId(sipCallId)
        .filter(c -> c.phase == Call.Phase.ACCEPTED)
        .ifPresent(
            c -> byes.byeAndEnd(c, EndReason.FAILED, "the caller never confirmed the answer"));
  }
}
