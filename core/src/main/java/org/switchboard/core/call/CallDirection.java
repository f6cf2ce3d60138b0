package org.switchboard.core.call;

/** Who started the call. */
public enum CallDirection {
  INBOUND,
  OUTBOUND
}
