package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.sdp.OfferAnswer;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.UnusableSdpException;
import org.switchboard.sip.internal.transport.Identifiers;

/**
 * Re-INVITEs on established calls: our hold (offer {@code a=sendonly}) and resume ({@code
 * a=sendrecv}), the peer's re-INVITE (hold shows as {@code sendonly}/{@code inactive} or the
 * address 0.0.0.0; we answer {@code recvonly}/{@code inactive}), and 491 glare with the retry
 * delays of RFC 3261 section 14.1. Used on {@code sip-events}.
 */
public final class SessionUpdates {
  private static final Logger LOG = LoggerFactory.getLogger(SessionUpdates.class);
  private static final int MAX_GLARE_RETRIES = 3;

  private final CallContext ctx;
  private final Byes byes;

  public SessionUpdates(CallContext ctx, Byes byes) {
    this.ctx = ctx;
    this.byes = byes;
  }

  /** The agent holds ({@code hold}) or resumes the call. */
  public void setHold(CallId id, boolean hold) {
    Call call = ctx.calls().require(id);
    if (!call.isConfirmed()) {
      throw new CallControlException("call " + id + " is not established");
    }
    if (call.reInvite != null) {
      throw new CallControlException("a renegotiation of call " + id + " is under way");
    }
    if (call.localHold == hold) {
      return;
    }
    try {
      sendReInvite(call, hold);
    } catch (ParseException | SipException | RuntimeException e) {
      throw new CallControlException("could not send the re-INVITE: " + e.getMessage(), e);
    }
  }

  /**
   * Refreshes the session (RFC 4028) with a re-INVITE that keeps the hold state; returns false when
   * a renegotiation is already under way (it refreshes the session too).
   */
  public boolean refresh(Call call) throws ParseException, SipException {
    if (call.reInvite != null || !call.isConfirmed()) {
      return false;
    }
    sendReInvite(call, call.localHold);
    return true;
  }

  void sendReInvite(Call call, boolean hold) throws ParseException, SipException {
    Dialog dialog = call.dialog;
    if (dialog == null) {
      throw new CallControlException("call has no dialog");
    }
    Request reInvite = dialog.createRequest(Request.INVITE);
    reInvite.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
    ctx.requests().addCommonHeaders(reInvite);
    MediaDirection direction = hold ? MediaDirection.SENDONLY : MediaDirection.SENDRECV;
    List<AudioCodec> offered = OfferAnswer.offerCodecs(call.media.codecs());
    call.offeredCodecs = offered;
    call.offeredDirection = direction;
    SessionDescriptions.attach(
        reInvite, SessionDescriptions.local(call, offered, direction), ctx.endpoint().headers());
    call.reInviteWantsHold = hold;
    ctx.hooks().onOutgoingReInvite(call, reInvite);
    call.reInvite = byes.send(dialog, reInvite, new ReInviteResponses(this, call));
  }

  /** A final response to our re-INVITE. */
  void onReInviteAnswered(Call call, Response response, Dialog dialog) {
    call.reInvite = null;
    int status = response.getStatusCode();
    if (status >= 300) {
      onReInviteRefused(call, status);
      return;
    }
    call.glareRetries = 0;
    ctx.hooks().onInviteSucceeded(call, response);
    try {
      long cseq = ((javax.sip.header.CSeqHeader) response.getHeader("CSeq")).getSeqNumber();
      dialog.sendAck(dialog.createAck(cseq));
      RemoteMedia answer = SessionDescriptions.read(response);
      if (answer == null) {
        throw new UnusableSdpException("the 200 carries no answer");
      }
      NegotiatedMedia media = OfferAnswer.accept(answer, call.offeredCodecs, call.offeredDirection);
      call.media.update(media);
      call.negotiated = media;
    } catch (UnusableSdpException | SipException | javax.sip.InvalidArgumentException e) {
      LOG.info("call {}: unusable answer to our re-INVITE: {}", call.id, e.getMessage());
      return;
    }
    boolean hold = call.reInviteWantsHold;
    if (hold != call.localHold) {
      call.localHold = hold;
      ctx.calls()
          .fire(
              hold ? new CallEvent.Held(call.id, HoldSide.LOCAL) : new CallEvent.Resumed(call.id));
    }
  }

  private void onReInviteRefused(Call call, int status) {
    if (status == Response.REQUEST_PENDING && call.glareRetries < MAX_GLARE_RETRIES) {
      call.glareRetries++;
      int millis =
          call.ownsCallId()
              ? 2100 + 10 * Identifiers.randomBelow(191)
              : 10 * Identifiers.randomBelow(201);
      boolean hold = call.reInviteWantsHold;
      ctx.loop().schedule(() -> retryAfterGlare(call, hold), Duration.ofMillis(millis));
    } else if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST
        || status == Response.REQUEST_TIMEOUT) {
      byes.byeAndEnd(call, EndReason.FAILED, "the dialog is gone (" + status + ")");
    } else {
      LOG.info("call {}: re-INVITE refused with {}", call.id, status);
    }
  }

  private void retryAfterGlare(Call call, boolean hold) {
    if (!call.isConfirmed() || call.reInvite != null || call.localHold == hold) {
      return;
    }
    try {
      sendReInvite(call, hold);
    } catch (ParseException | SipException | RuntimeException e) {
      LOG.info("call {}: re-INVITE retry failed: {}", call.id, e.toString());
    }
  }

  /** Our re-INVITE got no final response. */
  void onReInviteTimeout(Call call) {
    call.reInvite = null;
    if (call.isConfirmed()) {
      byes.byeAndEnd(call, EndReason.FAILED, "no answer to a re-INVITE");
    }
  }

  /** The peer's re-INVITE on {@code call}. */
  public void onReInvite(Call call, Request request, ServerTransaction transaction) {
    if (call.reInvite != null || !call.isConfirmed()) {
      ctx.responder().respond(transaction, Response.REQUEST_PENDING);
      return;
    }
    try {
      Response ok = ctx.responder().create(request, Response.OK, null);
      ok.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      RemoteMedia offer = SessionDescriptions.read(request);
      String sdp = offer == null ? offerInAnswer(call) : answerOffer(call, offer);
      SessionDescriptions.attach(ok, sdp, ctx.endpoint().headers());
      ctx.hooks().onAnswering(call, request, ok);
      ctx.responder().send(transaction, ok);
      if (offer != null) {
        noteRemoteHold(call, offer.holds());
      }
    } catch (UnusableSdpException e) {
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
  }

  private String answerOffer(Call call, RemoteMedia offer) throws UnusableSdpException {
    OfferAnswer.Answer answer = OfferAnswer.answer(offer, call.media.codecs(), call.localHold);
    call.media.update(answer.media());
    call.negotiated = answer.media();
    return SessionDescriptions.local(call, answer.formats(), answer.direction());
  }

  private String offerInAnswer(Call call) {
    call.offeredCodecs = OfferAnswer.offerCodecs(call.media.codecs());
    call.offeredDirection = call.localHold ? MediaDirection.SENDONLY : MediaDirection.SENDRECV;
    call.answerExpectedInAck = true;
    return SessionDescriptions.local(call, call.offeredCodecs, call.offeredDirection);
  }

  private void noteRemoteHold(Call call, boolean holds) {
    if (holds != call.remoteHold) {
      call.remoteHold = holds;
      ctx.calls()
          .fire(
              holds
                  ? new CallEvent.Held(call.id, HoldSide.REMOTE)
                  : new CallEvent.Resumed(call.id));
    }
  }

  /** The ACK of the peer's re-INVITE: carries the answer when our 200 had the offer. */
  public void onAck(Call call, Request ack) {
    if (!call.answerExpectedInAck) {
      return;
    }
    call.answerExpectedInAck = false;
    try {
      RemoteMedia answer = SessionDescriptions.read(ack);
      if (answer == null) {
        return;
      }
      NegotiatedMedia media = OfferAnswer.accept(answer, call.offeredCodecs, call.offeredDirection);
      call.media.update(media);
      call.negotiated = media;
      noteRemoteHold(call, answer.holds());
    } catch (UnusableSdpException | RuntimeException e) {
      LOG.info("call {}: unusable answer in an ACK: {}", call.id, e.getMessage());
    }
  }
}
