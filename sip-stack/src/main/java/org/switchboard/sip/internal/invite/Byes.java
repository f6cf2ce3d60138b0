package org.switchboard.sip.internal.invite;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.SipException;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/** Sends in-dialog requests, BYE above all. Used on {@code sip-events}. */
public final class Byes {
  private static final Logger LOG = LoggerFactory.getLogger(Byes.class);

  private final CallContext ctx;

  public Byes(CallContext ctx) {
    this.ctx = ctx;
  }

  /** Sends BYE on {@code call}'s dialog and ends it with {@code reason}. */
  public void byeAndEnd(Call call, EndReason reason, String detail) {
    sendBye(call.dialog);
    ctx.calls().end(call, reason, 0, detail, false);
  }

  /** Sends BYE on {@code dialog}, if there is one; failures are logged. */
  void sendBye(@Nullable Dialog dialog) {
    if (dialog == null) {
      return;
    }
    try {
      send(dialog, dialog.createRequest(Request.BYE), IgnoredResponses.INSTANCE);
    } catch (SipException | RuntimeException e) {
      LOG.info("could not send BYE: {}", e.toString());
    }
  }

  /** Sends an in-dialog {@code request} on a new client transaction. */
  public ClientTransaction send(Dialog dialog, Request request, ClientTransactionCallback callback)
      throws SipException {
    ClientTransaction transaction = ctx.endpoint().provider().getNewClientTransaction(request);
    transaction.setApplicationData(callback);
    dialog.sendRequest(transaction);
    return transaction;
  }
}
