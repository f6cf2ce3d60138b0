package org.switchboard.queue.service.centre;

/** What the service is doing with an agent (DESIGN §5), whatever their presence. */
public enum RoutingState {
  /** No call: routable when the presence is ready. */
  IDLE,
  /** Reserved for an offer; the desktop has not yet reported ringing. */
  RESERVED,
  /** The offer is ringing on the agent's desktop. */
  ALERTING,
  /** Talking to a customer. */
  CONNECTED,
  /** The customer is on hold. */
  HELD,
  /** The call ended; the agent is wrapping up. */
  WRAP_UP,
  /** Missed an offer: not routable until the agent sets a presence again. */
  NOT_RESPONDING
}
