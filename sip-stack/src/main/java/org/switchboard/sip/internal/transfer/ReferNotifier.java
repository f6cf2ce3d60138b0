package org.switchboard.sip.internal.transfer;

import java.text.ParseException;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.IgnoredResponses;

/**
 * Sends the NOTIFYs of the implicit {@code refer} subscription (RFC 3515 section 2.4.4): a {@code
 * message/sipfrag} status line of the call to the transfer target, the last one terminating the
 * subscription. Used on {@code sip-events}.
 */
final class ReferNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(ReferNotifier.class);

  /** How long the subscription lives when no final NOTIFY ends it earlier (RFC 3515 leaves it). */
  private static final int SUBSCRIPTION_SECONDS = 60;

  private final CallContext ctx;
  private final Byes byes;

  ReferNotifier(CallContext ctx, Byes byes) {
    this.ctx = ctx;
    this.byes = byes;
  }

  /** Sends {@code SIP/2.0 status reason} on {@code call}'s dialog; failures are logged. */
  void notify(Call call, int status, String reason, boolean last) {
    Dialog dialog = call.dialog();
    if (dialog == null || call.isEnded()) {
      return;
    }
    try {
      Request notify = dialog.createRequest(Request.NOTIFY);
      var headers = ctx.endpoint().headers();
      notify.setHeader(headers.createEventHeader("refer"));
      SubscriptionStateHeader state =
          headers.createSubscriptionStateHeader(
              last ? SubscriptionStateHeader.TERMINATED : SubscriptionStateHeader.ACTIVE);
      if (last) {
        state.setReasonCode(SubscriptionStateHeader.NO_RESOURCE);
      } else {
        state.setExpires(SUBSCRIPTION_SECONDS);
      }
      notify.setHeader(state);
      notify.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      ctx.requests().addCommonHeaders(notify);
      ContentTypeHeader type = headers.createContentTypeHeader("message", "sipfrag");
      type.setParameter("version", "2.0");
      notify.setContent("SIP/2.0 " + status + " " + reason + "\r\n", type);
      byes.send(dialog, notify, IgnoredResponses.INSTANCE);
    } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
      LOG.info("call {}: could not send a NOTIFY: {}", call.id(), e.toString());
    }
  }
}
