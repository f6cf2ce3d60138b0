package org.switchboard.sip.internal.transfer;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.OptionalInt;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
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
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * Blind transfer as the transferor (RFC 3515, RFC 5589 section 6): REFER on the call's dialog, the
 * transferee's NOTIFYs reported as {@code TransferProgress}, and BYE once a NOTIFY reports 2xx. A
 * REFER the transferee refuses is reported as {@code TransferProgress} with the refusal's status.
 * Used on {@code sip-events}.
 */
public final class BlindTransfers {
  private static final Logger LOG = LoggerFactory.getLogger(BlindTransfers.class);

  private final CallContext ctx;
  private final Byes byes;

  public BlindTransfers(CallContext ctx, Byes byes) {
    this.ctx = ctx;
    this.byes = byes;
  }

  /** Transfers call {@code id} to {@code target}. */
  public void transfer(CallId id, String target) {
    Call call = ctx.calls().require(id);
    Dialog dialog = call.dialog();
    if (!call.isConfirmed() || dialog == null) {
      throw new CallControlException("call " + id + " is not established");
    }
    if (call.isTransferPending()) {
      throw new CallControlException("call " + id + " is already being transferred");
    }
    String uri = DialTargets.toUri(target, ctx.requests().account().domain());
    try {
      Request refer = dialog.createRequest(Request.REFER);
      var headers = ctx.endpoint().headers();
      refer.setHeader(headers.createReferToHeader(ctx.endpoint().addresses().createAddress(uri)));
      refer.setHeader(
          headers.createHeader(
              "Referred-By", "<" + ctx.requests().account().addressOfRecord() + ">"));
      refer.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      ctx.requests().addCommonHeaders(refer);
      byes.send(dialog, refer, new ReferResponses(call));
      call.setTransferPending(true);
    } catch (ParseException | SipException | RuntimeException e) {
      throw new CallControlException("could not send the REFER: " + e.getMessage(), e);
    }
  }

  /** A NOTIFY (in a call's dialog); answered 481 when no transfer of ours is under way. */
  public void onNotify(Request notify, ServerTransaction transaction) {
    String sipCallId = ((javax.sip.header.CallIdHeader) notify.getHeader("Call-ID")).getCallId();
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
    if (code >= 200) {
      call.setTransferPending(false);
    }
    if (code >= 200 && code < 300 && call.isConfirmed()) {
      LOG.info("call {} transferred; hanging up", call.id());
      byes.byeAndEnd(call, EndReason.LOCAL_HANGUP, "transferred");
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
        call.setTransferPending(false);
        ctx.calls().fire(new CallEvent.TransferProgress(call.id(), status));
      }
    }

    @Override
    public void onTimeout() {
      if (call.isTransferPending()) {
        call.setTransferPending(false);
        ctx.calls().fire(new CallEvent.TransferProgress(call.id(), Response.REQUEST_TIMEOUT));
      }
    }
  }
}
