package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.UnusableSdpException;

/**
 * The peer's UPDATE (RFC 3311), in an early or a confirmed dialog. Without a body it is answered
 * 200 (a session refresh). With an offer it is answered like a re-INVITE, except where section 5.2
 * forbids a new offer: 491 while an offer of ours is open (our INVITE before an early answer, our
 * re-INVITE, our offer in a 200), 500 with Retry-After while the caller's INVITE offer awaits the
 * agent's answer. Used on {@code sip-events}.
 */
public final class PeerUpdates {
  private static final Logger LOG = LoggerFactory.getLogger(PeerUpdates.class);
  private static final int RETRY_AFTER_SECONDS = 2;

  private final CallContext ctx;
  private final SessionUpdates updates;

  public PeerUpdates(CallContext ctx, SessionUpdates updates) {
    this.ctx = ctx;
    this.updates = updates;
  }

  /** The peer's UPDATE on {@code call}, which is not over. */
  public void onUpdate(Call call, Request update, ServerTransaction transaction) {
    RemoteMedia offer;
    try {
      offer = SessionDescriptions.read(update);
    } catch (UnusableSdpException e) {
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
      return;
    }
    if (offer == null) {
      refreshed(call, update, transaction);
      return;
    }
    if (call.phase == Call.Phase.OFFERED) {
      retryLater(update, transaction);
      return;
    }
    boolean ourOfferOpen =
        call.reInvite != null
            || call.answerExpectedInAck
            || (call.phase == Call.Phase.EARLY && !call.mediaStarted)
            || call.phase == Call.Phase.DIALING;
    if (ourOfferOpen) {
      ctx.responder().respond(transaction, Response.REQUEST_PENDING);
      return;
    }
    answer(call, update, transaction, offer);
  }

  /**
   * An UPDATE without an offer: on an established call it refreshes the session (RFC 4028), so the
   * session timer sees the 200 before it goes.
   */
  private void refreshed(Call call, Request update, ServerTransaction transaction) {
    if (!call.isConfirmed()) {
      ctx.responder().respond(transaction, Response.OK);
      return;
    }
    try {
      Response ok = ctx.responder().create(update, Response.OK, null);
      ok.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      ctx.hooks().onAnswering(call, update, ok);
      ctx.responder().send(transaction, ok);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
  }

  private void answer(Call call, Request update, ServerTransaction transaction, RemoteMedia offer) {
    try {
      Response ok = ctx.responder().create(update, Response.OK, null);
      ok.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      SessionDescriptions.attach(ok, updates.answerOffer(call, offer), ctx.endpoint().headers());
      if (call.isConfirmed()) {
        ctx.hooks().onAnswering(call, update, ok);
      }
      ctx.responder().send(transaction, ok);
    } catch (UnusableSdpException e) {
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
      return;
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
      return;
    }
    if (call.isConfirmed()) {
      HoldStates.set(ctx.calls(), call, call.localHold, offer.holds());
    } else {
      // The 200 to our INVITE may repeat the early answer; this newer one stands.
      call.updatedBeforeAnswer = true;
    }
  }

  private void retryLater(Request update, ServerTransaction transaction) {
    try {
      Response response = ctx.responder().create(update, Response.SERVER_INTERNAL_ERROR, null);
      response.setHeader(ctx.endpoint().headers().createRetryAfterHeader(RETRY_AFTER_SECONDS));
      ctx.responder().send(transaction, response);
    } catch (ParseException | InvalidArgumentException e) {
      LOG.info("could not build a 500 with Retry-After: {}", e.toString());
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
  }
}
