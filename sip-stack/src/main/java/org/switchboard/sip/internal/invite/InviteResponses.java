package org.switchboard.sip.internal.invite;

import gov.nist.javax.sip.ResponseEventExt;
import java.text.ParseException;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.Challenges;
import org.switchboard.sip.internal.sdp.RemoteMedia;
import org.switchboard.sip.internal.sdp.UnusableSdpException;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * The responses to one outbound call's INVITE: ringing, the answer (ACK, media, {@code Answered}),
 * challenges, failures, and a 200 that crosses our CANCEL (ACK and BYE). Called on {@code
 * sip-events}.
 */
final class InviteResponses implements ClientTransactionCallback {
  private static final Logger LOG = LoggerFactory.getLogger(InviteResponses.class);

  private final CallContext ctx;
  private final OutboundCalls outbound;
  private final Call call;

  InviteResponses(CallContext ctx, OutboundCalls outbound, Call call) {
    this.ctx = ctx;
    this.outbound = outbound;
    this.call = call;
  }

  @Override
  public void onResponse(ResponseEvent event) {
    int status = event.getResponse().getStatusCode();
    if (status < 200) {
      onProvisional(event, status);
    } else if (status < 300) {
      onSuccess(event);
    } else {
      onFailure(event, status);
    }
  }

  private void onProvisional(ResponseEvent event, int status) {
    call.provisionalSeen = true;
    if (call.cancelRequested) {
      outbound.sendCancel(call);
      return;
    }
    if (status == Response.TRYING || call.phase == Call.Phase.ENDED) {
      return;
    }
    call.phase = Call.Phase.EARLY;
    if (event.getDialog() != null) {
      call.dialog = event.getDialog();
    }
    boolean earlyMedia = startEarlyMedia(event.getResponse());
    if (!call.ringingReported || (earlyMedia && !call.earlyMediaReported)) {
      call.ringingReported = true;
      call.earlyMediaReported |= earlyMedia;
      ctx.calls().fire(new CallEvent.RemoteRinging(call.id, earlyMedia));
    }
  }

  private boolean startEarlyMedia(Response response) {
    if (call.mediaStarted) {
      return true;
    }
    try {
      RemoteMedia answer = SessionDescriptions.read(response);
      if (answer == null) {
        return false;
      }
      NegotiatedMedia media = SessionDescriptions.accept(ctx, call, answer);
      call.media.start(media);
      call.negotiated = media;
      call.mediaStarted = true;
      return true;
    } catch (UnusableSdpException | RuntimeException e) {
      LOG.info("call {}: ignoring early media: {}", call.id, e.getMessage());
      return false;
    }
  }

  private void onSuccess(ResponseEvent event) {
    if (call.phase == Call.Phase.CONFIRMED
        && ForkedAnswers.fromOtherFork(call.answeredTag, event.getResponse())) {
      ForkedAnswers.ackAndBye(
          ctx, outbound.byes(), sentInvite(event), event.getResponse(), event.getDialog());
      return;
    }
    Dialog dialog = event.getDialog();
    if (dialog == null) {
      LOG.warn("call {}: 2xx without a dialog ignored", call.id);
      return;
    }
    ack(dialog, event.getResponse());
    if (call.phase == Call.Phase.ENDED) {
      // Our CANCEL lost the race against the answer.
      outbound.byes().sendBye(dialog);
      ctx.calls().forget(call);
      return;
    }
    if (call.phase == Call.Phase.CONFIRMED) {
      if (call.dialog != dialog) {
        outbound.byes().sendBye(dialog); // a second fork answered
      }
      return;
    }
    call.dialog = dialog;
    call.answeredTag = ForkedAnswers.remoteTag(event.getResponse());
    if (!applyAnswer(event.getResponse())) {
      return;
    }
    call.phase = Call.Phase.CONFIRMED;
    ctx.hooks().onInviteSucceeded(call, event.getResponse());
    ctx.calls().fire(new CallEvent.Answered(call.id));
  }

  /** Starts (or updates) media with the answer; on failure BYE. Returns whether it worked. */
  private boolean applyAnswer(Response response) {
    try {
      RemoteMedia answer = SessionDescriptions.read(response);
      if (answer != null && !call.updatedBeforeAnswer) {
        NegotiatedMedia media = SessionDescriptions.accept(ctx, call, answer);
        if (call.mediaStarted) {
          call.media.update(media);
        } else {
          call.media.start(media);
        }
        call.negotiated = media;
        call.mediaStarted = true;
      } else if (!call.mediaStarted) {
        throw new UnusableSdpException("the 200 OK carries no SDP answer");
      }
    } catch (UnusableSdpException | RuntimeException e) {
      LOG.info("call {}: unusable answer: {}", call.id, e.getMessage());
      call.phase = Call.Phase.CONFIRMED;
      outbound.byes().byeAndEnd(call, EndReason.FAILED, "no usable SDP answer");
      return false;
    }
    return true;
  }

  private Request sentInvite(ResponseEvent event) {
    ClientTransaction transaction = event.getClientTransaction();
    if (transaction == null && event instanceof ResponseEventExt forked) {
      transaction = forked.getOriginalTransaction();
    }
    ClientTransaction ours = transaction != null ? transaction : call.inviteClient;
    if (ours == null) {
      throw new IllegalStateException("outbound call without its INVITE");
    }
    return ours.getRequest();
  }

  private void ack(Dialog dialog, Response response) {
    try {
      long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
      Request ack = dialog.createAck(cseq);
      dialog.sendAck(ack);
    } catch (SipException | InvalidArgumentException | RuntimeException e) {
      LOG.warn("call {}: could not ACK: {}", call.id, e.toString());
    }
  }

  private void onFailure(ResponseEvent event, int status) {
    if (call.phase == Call.Phase.ENDED) {
      ctx.calls().forget(call);
      return;
    }
    if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
      if (answerChallenge(event)) {
        return;
      }
      ctx.calls().end(call, EndReason.FAILED, status, "the proxy refused the credentials", false);
      return;
    }
    if (retryAdjusted(event)) {
      return;
    }
    ctx.calls()
        .end(
            call,
            EndReasons.forStatus(status),
            status,
            "the callee side answered " + status,
            false);
  }

  private boolean retryAdjusted(ResponseEvent event) {
    try {
      return outbound.retryAdjusted(
          call, event.getClientTransaction().getRequest(), event.getResponse());
    } catch (InvalidArgumentException | SipException | RuntimeException e) {
      LOG.warn("call {}: could not resend the INVITE: {}", call.id, e.toString());
      return false;
    }
  }

  private boolean answerChallenge(ResponseEvent event) {
    Request sent = event.getClientTransaction().getRequest();
    AuthDecision decision =
        ctx.answerer()
            .decide(
                Challenges.of(event.getResponse()),
                Request.INVITE,
                sent.getRequestURI().toString(),
                ctx.requests().goesToAccountServer(sent),
                call.challenges);
    if (!(decision instanceof AuthDecision.Answer answer)) {
      LOG.info("call {}: challenge not answered: {}", call.id, decision);
      return false;
    }
    try {
      outbound.retryWithCredentials(call, sent, answer);
      return true;
    } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
      LOG.warn("call {}: could not resend the INVITE: {}", call.id, e.toString());
      return false;
    }
  }

  @Override
  public void onTimeout() {
    if (call.phase == Call.Phase.ENDED) {
      ctx.calls().forget(call);
      return;
    }
    if (call.phase == Call.Phase.DIALING || call.phase == Call.Phase.EARLY) {
      ctx.calls().end(call, EndReason.TIMEOUT, 408, "no answer in time", false);
    }
  }
}
