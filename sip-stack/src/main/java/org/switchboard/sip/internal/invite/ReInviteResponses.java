package org.switchboard.sip.internal.invite;

import javax.sip.ResponseEvent;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/** The responses to one re-INVITE of ours. Called on {@code sip-events}. */
final class ReInviteResponses implements ClientTransactionCallback {
  private final SessionUpdates updates;
  private final Call call;

  ReInviteResponses(SessionUpdates updates, Call call) {
    this.updates = updates;
    this.call = call;
  }

  @Override
  public void onResponse(ResponseEvent event) {
    if (event.getResponse().getStatusCode() < 200 || call.phase == Call.Phase.ENDED) {
      return;
    }
    var dialog = event.getDialog() != null ? event.getDialog() : call.dialog;
    if (dialog != null) {
      updates.onReInviteAnswered(
          call, event.getClientTransaction().getRequest(), event.getResponse(), dialog);
    }
  }

  @Override
  public void onTimeout() {
    updates.onReInviteTimeout(call);
  }
}
