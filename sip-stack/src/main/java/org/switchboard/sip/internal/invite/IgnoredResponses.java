package org.switchboard.sip.internal.invite;

import javax.sip.ResponseEvent;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/** For requests whose outcome changes nothing (BYE, CANCEL): responses are dropped. */
public enum IgnoredResponses implements ClientTransactionCallback {
  INSTANCE;

  @Override
  public void onResponse(ResponseEvent event) {}

  @Override
  public void onTimeout() {}
}
