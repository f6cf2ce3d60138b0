package org.switchboard.queue.service.centre;

/** Why an interaction's call ended. */
public enum EndReason {
  /** An agent handled it and then the call ended. */
  COMPLETED,
  /** The caller hung up before an agent answered. */
  ABANDONED,
  /** The caller left the queue asking to be called back. */
  CALLBACK_REQUESTED,
  /** An agent handed the customer to an outside number, which answered. */
  TRANSFERRED_OUT
}
