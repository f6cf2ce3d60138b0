package org.switchboard.sip.internal.transfer;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.EventHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.DialTargets;
import org.switchboard.sip.internal.invite.SessionUpdates;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;
import org.switchboard.sip.internal.transport.SipTimings;

/**
 * Transfer as the transferor (RFC 3515, RFC 5589): REFER on the call's dialog, to a target (blind)
 * or to the peer of a consultation call with a Replaces naming that call's dialog (attended). The
 * transferee's NOTIFYs are reported as {@code TransferProgress}; a 2xx ends the call with BYE. A
 * refused REFER, a failed target or no final NOTIFY within {@link
 * SipTimings#transferOutcomeBound()} gives the call back: {@code TransferFailed}, and a resume when
 * the agent held it. Used on {@code sip-events}.
 */
public final class Transferor {
  private static final Logger LOG = LoggerFactory.getLogger(Transferor.class);

  private final CallContext ctx;
  private final Byes byes;
  private final SessionUpdates updates;
  private final SipTimings timings;
  private final Map<CallId, EventLoop.Timer> outcomeTimers = new HashMap<>();

  public Transferor(CallContext ctx, Byes byes, SessionUpdates updates, SipTimings timings) {
    this.ctx = ctx;
    this.byes = byes;
    this.updates = updates;
    this.timings = timings;
  }

  /** Blind transfer of call {@code id} to {@code target}. */
  public void transfer(CallId id, String target) {
    Call call = established(id);
    String uri = DialTargets.toUri(target, ctx.requests().account().domain());
    try {
      refer(call, ctx.endpoint().addresses().createAddress(uri));
    } catch (ParseException e) {
      throw new CallControlException("not a valid transfer target", e);
    }
  }

  /**
   * Attended transfer: the peer of {@code id} is asked to call the peer of {@code consultId} with a
   * Replaces naming the consultation dialog, as that peer sees it.
   */
  public void attendedTransfer(CallId id, CallId consultId) {
    if (id.equals(consultId)) {
      throw new CallControlException("a call cannot be transferred to itself");
    }
    Call call = established(id);
    Call consult = established(consultId);
    Dialog consultDialog = dialogOf(consult);
    String remoteTag = consultDialog.getRemoteTag();
    if (remoteTag == null || remoteTag.isEmpty()) {
      throw new CallControlException("call " + consultId + " has no confirmed dialog");
    }
    ReplacesValue replaces =
        new ReplacesValue(
            consultDialog.getCallId().getCallId(), remoteTag, consultDialog.getLocalTag(), false);
    String target = consultDialog.getRemoteParty().getURI().toString();
    String separator = target.contains("?") ? "&" : "?";
    try {
      refer(
          call,
          ctx.endpoint()
              .addresses()
              .createAddress("<" + target + separator + replaces.asUriHeader() + ">"));
    } catch (ParseException e) {
      throw new CallControlException("could not name the consultation call in a Refer-To", e);
    }
  }

  private Call established(CallId id) {
    Call call = ctx.calls().require(id);
    if (!call.isConfirmed() || call.dialog() == null) {
      throw new CallControlException("call " + id + " is not established");
    }
    return call;
  }

  private static Dialog dialogOf(Call call) {
    Dialog dialog = call.dialog();
    if (dialog == null) {
      throw new CallControlException("call " + call.id() + " has no dialog");
    }
    return dialog;
  }

  private void refer(Call call, Address referTo) {
    if (call.isTransferPending()) {
      throw new CallControlException("call " + call.id() + " is already being transferred");
    }
    Dialog dialog = dialogOf(call);
    try {
      Request refer = dialog.createRequest(Request.REFER);
      var headers = ctx.endpoint().headers();
      refer.setHeader(headers.createReferToHeader(referTo));
      refer.setHeader(
          headers.createHeader(
              "Referred-By", "<" + ctx.requests().account().addressOfRecord() + ">"));
      refer.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      ctx.requests().addCommonHeaders(refer);
      byes.send(dialog, refer, new ReferResponses(call));
      call.setTransferPending(true);
      CallId id = call.id();
      outcomeTimers.put(
          id,
          ctx.loop()
              .schedule(
                  () -> fail(call, Response.REQUEST_TIMEOUT, "no final NOTIFY from the transferee"),
                  timings.transferOutcomeBound()));
    } catch (ParseException | SipException | RuntimeException e) {
      throw new CallControlException("could not send the REFER: " + e.getMessage(), e);
    }
  }

  /** A NOTIFY (in a call's dialog); answered 481 when no transfer of ours is under way. */
  public void onNotify(Request notify, ServerTransaction transaction) {
    String sipCallId = ((CallIdHeader) notify.getHeader(CallIdHeader.NAME)).getCallId();
    Call call = ctx.calls().bySipCallId(sipCallId).filter(Call::isTransferPending).orElse(null);
    EventHeader event = (EventHeader) notify.getHeader(EventHeader.NAME);
    if (call == null) {
      ctx.responder().respond(transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
      return;
    }
    if (event == null || !"refer".equalsIgnoreCase(event.getEventType())) {
      ctx.responder().respond(transaction, Response.BAD_EVENT);
      return;
    }
    ctx.responder().respond(transaction, Response.OK);
    byte[] raw = notify.getRawContent();
    OptionalInt status =
        raw == null ? OptionalInt.empty() : SipFrag.status(new String(raw, StandardCharsets.UTF_8));
    if (status.isEmpty()) {
      return;
    }
    int code = status.getAsInt();
    ctx.calls().fire(new CallEvent.TransferProgress(call.id(), code));
    if (code < 200) {
      return;
    }
    if (code >= 300) {
      fail(call, code, "the transfer target answered " + code);
      return;
    }
    finish(call);
    if (call.isConfirmed()) {
      LOG.info("call {} transferred; hanging up", call.id());
      byes.byeAndEnd(call, EndReason.LOCAL_HANGUP, "transferred");
    }
  }

  /** The attempt is over: no more NOTIFYs expected, no outcome timer. */
  private void finish(Call call) {
    call.setTransferPending(false);
    EventLoop.Timer timer = outcomeTimers.remove(call.id());
    if (timer != null) {
      timer.cancel();
    }
  }

  /** The transfer failed: the call stays with the agent, resumed if the agent held it. */
  private void fail(Call call, int status, String detail) {
    if (!call.isTransferPending()) {
      return;
    }
    finish(call);
    if (call.isEnded()) {
      return;
    }
    LOG.info("call {}: transfer failed ({})", call.id(), status);
    ctx.calls().fire(new CallEvent.TransferFailed(call.id(), status, detail));
    if (call.isConfirmed() && call.isLocallyHeld()) {
      try {
        updates.setHold(call.id(), false);
      } catch (RuntimeException e) {
        LOG.info(
            "call {}: could not resume after the failed transfer: {}", call.id(), e.toString());
      }
    }
  }

  /** The REFER's own responses: a refusal ends the attempt. */
  private final class ReferResponses implements ClientTransactionCallback {
    private final Call call;

    ReferResponses(Call call) {
      this.call = call;
    }

    @Override
    public void onResponse(ResponseEvent event) {
      int status = event.getResponse().getStatusCode();
      if (status >= 300 && call.isTransferPending()) {
        ctx.calls().fire(new CallEvent.TransferProgress(call.id(), status));
        fail(call, status, "the transferee refused the REFER with " + status);
      }
    }

    @Override
    public void onTimeout() {
      if (call.isTransferPending()) {
        ctx.calls().fire(new CallEvent.TransferProgress(call.id(), Response.REQUEST_TIMEOUT));
        fail(call, Response.REQUEST_TIMEOUT, "the transferee did not answer the REFER");
      }
    }
  }
}
