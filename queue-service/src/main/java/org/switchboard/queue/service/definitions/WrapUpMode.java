package org.switchboard.queue.service.definitions;

/** How an agent leaves wrap-up after a call of a queue (DESIGN §5). */
public enum WrapUpMode {
  /** Wrap-up is offered; the agent may skip it and is ready at once. */
  OPTIONAL,
  /** The agent stays in wrap-up until a disposition is submitted. */
  MANDATORY,
  /** Wrap-up ends by itself after the queue's wrap-up time, or earlier when submitted. */
  TIMED,
  /** Wrap-up lasts exactly the queue's wrap-up time; submitting early does not end it. */
  TIMED_NO_EARLY_EXIT
}
