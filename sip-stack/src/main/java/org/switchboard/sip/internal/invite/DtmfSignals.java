package org.switchboard.sip.internal.invite;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.dtmf.DtmfRelay;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * DTMF on established calls: as RFC 4733 events through the media session when telephone-event was
 * negotiated, else as SIP INFO (application/dtmf-relay), one digit per INFO and one INFO at a time;
 * and the peer's INFO digits as {@code DtmfReceived}. Used on {@code sip-events}.
 */
public final class DtmfSignals {
  private static final Logger LOG = LoggerFactory.getLogger(DtmfSignals.class);

  private final CallContext ctx;
  private final Byes byes;

  public DtmfSignals(CallContext ctx, Byes byes) {
    this.ctx = ctx;
    this.byes = byes;
  }

  /** Sends {@code digits} on call {@code id}. */
  public void send(CallId id, String digits) {
    String normalised;
    try {
      normalised = DtmfRelay.normalise(digits);
    } catch (IllegalArgumentException e) {
      throw new CallControlException(String.valueOf(e.getMessage()), e);
    }
    Call call = ctx.calls().require(id);
    if (!call.isConfirmed()) {
      throw new CallControlException("call " + id + " is not established");
    }
    NegotiatedMedia media = call.negotiated;
    if (media != null && media.telephoneEvent() != null) {
      try {
        call.media.sendDtmf(normalised);
        return;
      } catch (RuntimeException e) {
        LOG.info("call {}: RFC 4733 DTMF failed ({}); using SIP INFO", id, e.toString());
      }
    }
    for (int i = 0; i < normalised.length(); i++) {
      call.infoDigits.add(normalised.charAt(i));
    }
    if (!call.infoInFlight) {
      sendNext(call);
    }
  }

  private void sendNext(Call call) {
    Character digit = call.infoDigits.poll();
    Dialog dialog = call.dialog;
    if (digit == null || dialog == null || !call.isConfirmed()) {
      call.infoInFlight = false;
      call.infoDigits.clear();
      return;
    }
    try {
      Request info = dialog.createRequest(Request.INFO);
      info.setContent(
          DtmfRelay.body(digit),
          ctx.endpoint().headers().createContentTypeHeader("application", DtmfRelay.RELAY_SUBTYPE));
      byes.send(dialog, info, new NextDigit(call));
      call.infoInFlight = true;
    } catch (ParseException | SipException | RuntimeException e) {
      LOG.info("call {}: could not send INFO: {}", call.id, e.toString());
      call.infoInFlight = false;
      call.infoDigits.clear();
    }
  }

  /** The peer's INFO on {@code call}. */
  public void onInfo(Call call, Request info, ServerTransaction transaction) {
    ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
    byte[] raw = info.getRawContent();
    if (type == null || raw == null || raw.length == 0) {
      ctx.responder().respond(transaction, Response.OK);
      return;
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    Optional<Character> digit;
    if (isApplication(type, DtmfRelay.RELAY_SUBTYPE)) {
      digit = DtmfRelay.parseRelay(body);
    } else if (isApplication(type, DtmfRelay.BARE_SUBTYPE)) {
      digit = DtmfRelay.parseBare(body);
    } else {
      unsupported(transaction);
      return;
    }
    if (digit.isEmpty()) {
      ctx.responder().respond(transaction, Response.BAD_REQUEST);
      return;
    }
    ctx.responder().respond(transaction, Response.OK);
    ctx.calls().fire(new CallEvent.DtmfReceived(call.id, digit.get()));
  }

  private static boolean isApplication(ContentTypeHeader type, String subtype) {
    return "application".equalsIgnoreCase(type.getContentType())
        && subtype.equalsIgnoreCase(type.getContentSubType());
  }

  private void unsupported(ServerTransaction transaction) {
    try {
      Response response =
          ctx.responder().create(transaction.getRequest(), Response.UNSUPPORTED_MEDIA_TYPE, null);
      response.setHeader(
          ctx.endpoint().headers().createAcceptHeader("application", DtmfRelay.RELAY_SUBTYPE));
      ctx.responder().send(transaction, response);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.UNSUPPORTED_MEDIA_TYPE);
    }
  }

  /** Sends the next queued digit once the previous INFO is answered. */
  private final class NextDigit implements ClientTransactionCallback {
    private final Call call;

    NextDigit(Call call) {
      this.call = call;
    }

    @Override
    public void onResponse(ResponseEvent event) {
      if (event.getResponse().getStatusCode() >= 200) {
        sendNext(call);
      }
    }

    @Override
    public void onTimeout() {
      call.infoInFlight = false;
      call.infoDigits.clear();
    }
  }
}
