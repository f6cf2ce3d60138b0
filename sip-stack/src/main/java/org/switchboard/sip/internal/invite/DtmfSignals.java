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
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.dtmf.DtmfRelay;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * DTMF on established calls, as the account's {@code dtmfMode} says: AUTO sends RFC 4733 events
 * through the media session when telephone-event was negotiated, else SIP INFO
 * (application/dtmf-relay, one digit per INFO and one INFO at a time); RFC4733 sends events only
 * (an error when none was agreed); SIP_INFO sends INFO only. Digits the peer sends by INFO are
 * reported as {@code DtmfReceived} in every mode (RFC 4733 digits are reported by the {@link
 * CallTable}). Used on {@code sip-events}.
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
    DtmfMode mode = ctx.requests().account().options().dtmfMode();
    if (mode != DtmfMode.SIP_INFO && sendInMedia(call, normalised, mode)) {
      return;
    }
    for (int i = 0; i < normalised.length(); i++) {
      call.infoDigits.add(normalised.charAt(i));
    }
    if (!call.infoInFlight) {
      sendNext(call);
    }
  }

  /**
   * Sends {@code digits} as RFC 4733 events when telephone-event was agreed; returns false when SIP
   * INFO should carry them instead (AUTO only).
   *
   * @throws CallControlException in RFC4733 mode when the events cannot be sent
   */
  private static boolean sendInMedia(Call call, String digits, DtmfMode mode) {
    NegotiatedMedia media = call.negotiated;
    if (media == null || media.telephoneEvent() == null) {
      if (mode == DtmfMode.RFC4733) {
        throw new CallControlException(
            "the peer did not agree to RFC 4733 telephone-events and the account's dtmfMode is"
                + " RFC4733");
      }
      return false;
    }
    try {
      call.media.sendDtmf(digits);
      return true;
    } catch (RuntimeException e) {
      if (mode == DtmfMode.RFC4733) {
        throw new CallControlException("RFC 4733 DTMF failed: " + e.getMessage(), e);
      }
      LOG.info("call {}: RFC 4733 DTMF failed ({}); using SIP INFO", call.id, e.toString());
      return false;
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
      int status = event.getResponse().getStatusCode();
      if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST && call.isConfirmed()) {
        // RFC 3261 section 12.2.1.2: the dialog is gone.
        call.infoInFlight = false;
        call.infoDigits.clear();
        byes.byeAndEnd(call, EndReason.FAILED, "the dialog is gone (481 to INFO)");
      } else if (status >= 200) {
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
