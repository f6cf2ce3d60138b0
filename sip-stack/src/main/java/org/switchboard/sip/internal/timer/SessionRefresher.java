package org.switchboard.sip.internal.timer;

import java.text.ParseException;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.SessionUpdates;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * Sends our session refreshes (RFC 4028 section 7.4): an UPDATE without a body when the peer allows
 * UPDATE, which leaves media alone, else a re-INVITE that keeps the hold state. An UPDATE the peer
 * does not implement falls back to re-INVITE. Used on {@code sip-events}.
 */
public final class SessionRefresher {
  private static final Logger LOG = LoggerFactory.getLogger(SessionRefresher.class);

  private final CallContext ctx;
  private final Byes byes;
  private final SessionUpdates updates;

  public SessionRefresher(CallContext ctx, Byes byes, SessionUpdates updates) {
    this.ctx = ctx;
    this.byes = byes;
    this.updates = updates;
  }

  void refresh(Call call, boolean useUpdate, SessionTimers timers) {
    try {
      if (useUpdate) {
        sendUpdate(call, timers);
      } else if (!updates.refresh(call)) {
        LOG.debug("call {}: a re-INVITE under way refreshes the session", call.id());
      }
    } catch (ParseException | SipException | RuntimeException e) {
      LOG.info("call {}: could not send a session refresh: {}", call.id(), e.toString());
    }
  }

  private void sendUpdate(Call call, SessionTimers timers) throws ParseException, SipException {
    Dialog dialog = call.dialog();
    if (dialog == null) {
      return;
    }
    Request update = dialog.createRequest(Request.UPDATE);
    update.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
    ctx.requests().addCommonHeaders(update);
    timers.decorateRefresh(call, update);
    byes.send(dialog, update, new UpdateResponses(call, timers));
  }

  /** The responses to one refreshing UPDATE. */
  private final class UpdateResponses implements ClientTransactionCallback {
    private final Call call;
    private final SessionTimers timers;

    UpdateResponses(Call call, SessionTimers timers) {
      this.call = call;
      this.timers = timers;
    }

    @Override
    public void onResponse(ResponseEvent event) {
      Response response = event.getResponse();
      int status = response.getStatusCode();
      if (status < 200 || !call.isConfirmed()) {
        return;
      }
      if (status < 300) {
        timers.afterOurRequestSucceeded(call, response);
      } else if (status == Response.METHOD_NOT_ALLOWED || status == Response.NOT_IMPLEMENTED) {
        refresh(call, false, timers);
      } else if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST
          || status == Response.REQUEST_TIMEOUT) {
        timers.refreshFailed(call, status);
      } else {
        LOG.info("call {}: session refresh answered {}", call.id(), status);
      }
    }

    @Override
    public void onTimeout() {
      if (call.isConfirmed()) {
        timers.refreshFailed(call, Response.REQUEST_TIMEOUT);
      }
    }
  }
}
