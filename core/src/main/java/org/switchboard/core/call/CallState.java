package org.switchboard.core.call;

/** Where a call leg is in its life. */
public enum CallState {
  /** Outbound: the request is on its way, nothing heard back yet. */
  DIALING,
  /** Outbound: the callee is alerting (180/183). */
  REMOTE_RINGING,
  /** Inbound: the call is offered to this agent and not yet answered. */
  RINGING,
  /** Media is flowing both ways. */
  CONNECTED,
  /** On hold, by either side. */
  HELD,
  /** Over; no further events follow. */
  ENDED
}
