package org.switchboard.audio.internal.routing;

/** What a device stream is for; the backend names and tags it accordingly. */
public enum StreamPurpose {
  /** A call's microphone or earpiece. */
  CALL,
  /** The ringtone on one ringer device; stays on that device (never moved elsewhere). */
  RING,
  /** A level meter, microphone test or speaker test. */
  CHECK
}
