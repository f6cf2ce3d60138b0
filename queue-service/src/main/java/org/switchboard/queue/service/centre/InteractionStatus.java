package org.switchboard.queue.service.centre;

/** Where an interaction is now. */
public enum InteractionStatus {
  /** In a queue, waiting for an agent. */
  WAITING,
  /** Reserved for an agent (or several, ring-all) who has not answered yet. */
  OFFERED,
  /** An agent is talking to the customer. */
  CONNECTED,
  /** The agent put the customer on hold. */
  HELD,
  /** The call is over; an agent is still wrapping it up. */
  WRAP_UP,
  /** Finished: the call is over and every wrap-up ended. */
  DONE
}
