package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import java.time.Duration;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.ChallengeRound;
import org.switchboard.sip.internal.auth.Challenges;
import org.switchboard.sip.internal.sdp.OfferAnswer;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.UnusableSdpException;
import org.switchboard.sip.internal.transport.Identifiers;

/**
 * Re-INVITEs on established calls: our hold and resume (the offer's direction follows {@link
 * HoldStates}), a challenge to our re-INVITE answered through the account's proxy, 491 glare with
 * the retry delays of RFC 3261 section 14.1, and the peer's re-INVITE (its hold shows as {@code
 * sendonly}/{@code inactive} or the address 0.0.0.0; a new address, port or codec is applied to the
 * media session). Used on {@code sip-events}.
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
    call.reInviteChallenges = new ChallengeRound();
    try {
      sendReInvite(call, hold, null);
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
    sendReInvite(call, call.localHold, null);
    return true;
  }

  private void sendReInvite(
      Call call, boolean hold, AuthDecision.@org.jspecify.annotations.Nullable Answer credentials)
      throws ParseException, SipException {
    Dialog dialog = call.dialog;
    if (dialog == null) {
      throw new CallControlException("call has no dialog");
    }
    Request reInvite = dialog.createRequest(Request.INVITE);
    reInvite.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
    ctx.requests().addCommonHeaders(reInvite);
    if (credentials != null) {
      reInvite.setHeader(
          ctx.endpoint()
              .headers()
              .createHeader(credentials.headerName(), credentials.headerValue()));
    }
    MediaDirection direction = HoldStates.offerDirection(hold, call.remoteHold);
    SessionDescriptions.attach(
        reInvite, SessionDescriptions.offer(ctx, call, direction), ctx.endpoint().headers());
    call.reInviteWantsHold = hold;
    ctx.hooks().onOutgoingReInvite(call, reInvite);
    call.reInvite = byes.send(dialog, reInvite, new ReInviteResponses(this, call));
  }

  /** A final response to our re-INVITE {@code sent}. */
  void onReInviteAnswered(Call call, Request sent, Response response, Dialog dialog) {
    call.reInvite = null;
    int status = response.getStatusCode();
    if (status >= 300) {
      onReInviteRefused(call, sent, response);
      return;
    }
    call.glareRetries = 0;
    ctx.hooks().onInviteSucceeded(call, response);
    try {
      long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
      dialog.sendAck(dialog.createAck(cseq));
      RemoteMedia answer = SessionDescriptions.read(response);
      if (answer == null) {
        throw new UnusableSdpException("the 200 carries no answer");
      }
      NegotiatedMedia media = SessionDescriptions.accept(ctx, call, answer);
      call.media.update(media);
      call.negotiated = media;
    } catch (UnusableSdpException | SipException | InvalidArgumentException e) {
      LOG.info("call {}: unusable answer to our re-INVITE: {}", call.id, e.getMessage());
      return;
    }
    HoldStates.set(ctx.calls(), call, call.reInviteWantsHold, call.remoteHold);
  }

  private void onReInviteRefused(Call call, Request sent, Response response) {
    int status = response.getStatusCode();
    boolean hold = call.reInviteWantsHold;
    if (status == Response.REQUEST_PENDING && call.glareRetries < MAX_GLARE_RETRIES) {
      call.glareRetries++;
      Duration delay = glareDelay(call.ownsCallId());
      LOG.info("call {}: re-INVITE glare (491); retrying in {} ms", call.id, delay.toMillis());
      ctx.loop().schedule(() -> retryAfterGlare(call, hold), delay);
    } else if (status == Response.UNAUTHORIZED
        || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
      answerChallenge(call, sent, response, hold);
    } else if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST
        || status == Response.REQUEST_TIMEOUT) {
      // RFC 3261 section 14.1: the dialog is gone.
      byes.byeAndEnd(call, EndReason.FAILED, "the dialog is gone (" + status + ")");
    } else {
      call.glareRetries = 0;
      LOG.info("call {}: re-INVITE refused with {}; the call goes on as before", call.id, status);
    }
  }

  /**
   * RFC 3261 section 14.1: the side that owns the Call-ID waits 2.1 to 4 s, the other 0 to 2 s, in
   * steps of 10 ms.
   */
  static Duration glareDelay(boolean ownsCallId) {
    int millis =
        ownsCallId ? 2100 + 10 * Identifiers.randomBelow(191) : 10 * Identifiers.randomBelow(201);
    return Duration.ofMillis(millis);
  }

  private void answerChallenge(Call call, Request sent, Response response, boolean hold) {
    AuthDecision decision =
        ctx.answerer()
            .decide(
                Challenges.of(response),
                Request.INVITE,
                sent.getRequestURI().toString(),
                ctx.requests().goesToAccountServer(sent),
                call.reInviteChallenges);
    if (!(decision instanceof AuthDecision.Answer answer)) {
      LOG.info("call {}: challenge to our re-INVITE not answered: {}", call.id, decision);
      return;
    }
    try {
      sendReInvite(call, hold, answer);
    } catch (ParseException | SipException | RuntimeException e) {
      LOG.info("call {}: could not resend the re-INVITE: {}", call.id, e.toString());
    }
  }

  private void retryAfterGlare(Call call, boolean hold) {
    if (!call.isConfirmed() || call.reInvite != null || call.localHold == hold) {
      return;
    }
    call.reInviteChallenges = new ChallengeRound();
    try {
      sendReInvite(call, hold, null);
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
    if (call.reInvite != null || !call.isConfirmed() || call.answerExpectedInAck) {
      // Glare (RFC 3261 section 14.2): our own offer is still open.
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
        HoldStates.set(ctx.calls(), call, call.localHold, offer.holds());
      }
    } catch (UnusableSdpException e) {
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
  }

  /** Our answer to the peer's {@code offer}, applied to the media session. */
  String answerOffer(Call call, RemoteMedia offer) throws UnusableSdpException {
    // Under a MANDATORY policy a re-offer that drops encryption fails here, before the media
    // session is touched: the caller answers 488 and the call goes on as it was.
    OfferAnswer.Answer answer =
        OfferAnswer.answer(
            offer, call.media.codecs(), call.localHold, SessionDescriptions.rules(ctx, call));
    if (call.mediaStarted) {
      call.media.update(answer.media());
    } else {
      call.media.start(answer.media());
      call.mediaStarted = true;
    }
    call.negotiated = answer.media();
    return SessionDescriptions.answer(call, answer);
  }

  private String offerInAnswer(Call call) {
    call.answerExpectedInAck = true;
    return SessionDescriptions.offer(
        ctx, call, HoldStates.offerDirection(call.localHold, call.remoteHold));
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
      NegotiatedMedia media = SessionDescriptions.accept(ctx, call, answer);
      call.media.update(media);
      call.negotiated = media;
      HoldStates.set(ctx.calls(), call, call.localHold, answer.holds());
    } catch (UnusableSdpException | RuntimeException e) {
      LOG.info("call {}: unusable answer in an ACK: {}", call.id, e.getMessage());
    }
  }
}
