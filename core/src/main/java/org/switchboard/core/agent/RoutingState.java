package org.switchboard.core.agent;

/** Where the agent is in handling calls; owned by the contact centre, not chosen by the agent. */
public enum RoutingState {
  /** No call. */
  IDLE,
  /** A call is offered and ringing. */
  OFFERED,
  /** Talking. */
  ON_CALL,
  /** Every call the agent has is on hold. */
  HELD,
  /** A call ended and the agent is wrapping it up. */
  WRAP_UP
}
