package org.switchboard.core.media;

/** A tone the softphone generates itself. */
public enum CallTone {
  /** An incoming call rings (on the ringer devices). */
  RINGTONE,
  /** The far end is ringing (an outgoing call, when the network sends no early media). */
  RINGBACK,
  /** A second call arrives during a call: a short beep in the earpiece. */
  CALL_WAITING,
  /** A short "zip" in the earpiece when a call was answered automatically. */
  ZIP,
  /** The far end is busy. */
  BUSY,
  /** The call failed (congestion, unreachable). */
  ERROR;

  /** Whether the tone repeats until stopped (false: it plays once and ends by itself). */
  public boolean repeats() {
    return this == RINGTONE || this == RINGBACK || this == BUSY || this == ERROR;
  }
}
