package org.switchboard.core.call;

/** Which side holds a call now. */
public enum HoldSide {
  /** This agent holds the call; the peer does not. */
  LOCAL,
  /** The peer holds the call; this agent does not. */
  REMOTE,
  /** Both sides hold the call (the stream is inactive). */
  BOTH
}
