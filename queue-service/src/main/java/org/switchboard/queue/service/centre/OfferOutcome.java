package org.switchboard.queue.service.centre;

/** How an offer ended for one agent. */
public enum OfferOutcome {
  /** This agent answered. */
  ACCEPTED,
  /** This agent declined it (counts as missed for their missed-offer count). */
  REJECTED,
  /** Nobody answered before it expired. */
  MISSED,
  /** Taken back: another agent answered first, the caller hung up, or the agent logged out. */
  WITHDRAWN
}
