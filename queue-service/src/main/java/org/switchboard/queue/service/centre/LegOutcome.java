package org.switchboard.queue.service.centre;

/** How one leg (a queue and maybe an agent) of an interaction ended. */
public enum LegOutcome {
  /** The agent handled it until the call ended. */
  COMPLETED,
  /** The agent or the caller's queue passed it on to another queue or agent. */
  TRANSFERRED,
  /** It waited the queue's maximum and went to the overflow queue. */
  OVERFLOWED,
  /** The caller hung up before an agent answered. */
  ABANDONED,
  /** The caller left the queue asking for a callback. */
  CALLBACK_REQUESTED,
  /** A consult leg the first agent cancelled, or that could not reach its agent. */
  CANCELLED
}
