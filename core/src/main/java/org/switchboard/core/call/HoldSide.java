package org.switchboard.core.call;

/** Which side put a call on hold. */
public enum HoldSide {
  LOCAL,
  REMOTE
}
