package org.switchboard.core.media;

import org.switchboard.core.Subscription;

/**
 * Plays {@link CallTone}s locally: the ringtone on the ringer devices, the others on the device in
 * use for playback.
 */
public interface TonePlayer {
  /**
   * Starts {@code tone}; returns at once. A repeating tone plays until the subscription is closed;
   * a single one ends by itself (closing stops it early). Never throws for a missing device: the
   * tone is then silent and a warning is logged.
   */
  Subscription play(CallTone tone);
}
