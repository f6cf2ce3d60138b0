package org.switchboard.sip.internal.transport;

import javax.sip.ResponseEvent;

/**
 * What to do with the responses to one request we sent. Attached to its client transaction as the
 * application data; called on {@code sip-events}.
 */
public interface ClientTransactionCallback {

  /** A response (provisional or final) arrived for the request. */
  void onResponse(ResponseEvent event);

  /** No final response arrived in time, or the transport could not deliver the request. */
  void onTimeout();
}
