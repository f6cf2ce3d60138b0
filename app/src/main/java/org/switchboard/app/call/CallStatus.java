package org.switchboard.app.call;

/** Where one call is, as the agent sees it. */
public enum CallStatus {
  /** Inbound, ringing here. */
  RINGING,
  /** Outbound, sent; no answer yet. */
  DIALING,
  /** Outbound, the callee's phone rings. */
  REMOTE_RINGING,
  /** Established, media flowing. */
  TALKING,
  /** Put on hold by the agent. */
  HELD,
  /** Put on hold by the other side. */
  HELD_BY_REMOTE,
  /** Over. */
  ENDED;

  /** Whether the call is established (talking or held either way). */
  public boolean established() {
    return this == TALKING || this == HELD || this == HELD_BY_REMOTE;
  }
}
