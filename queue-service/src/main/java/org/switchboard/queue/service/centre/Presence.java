package org.switchboard.queue.service.centre;

/** What an agent chose to be (DESIGN §5); the service never changes it except for MISSED. */
public enum Presence {
  /** Logged out: in no queue. */
  OFFLINE,
  /** Logged in but taking no calls, with a reason code. */
  NOT_READY,
  /** Logged in and taking calls. */
  READY
}
