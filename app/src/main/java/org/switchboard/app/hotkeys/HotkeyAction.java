package org.switchboard.app.hotkeys;

/** What a hotkey does; {@link HotkeyDispatcher} carries it out. */
public enum HotkeyAction {
  /** Answer the ringing call (the active one if it rings, else the newest ringing). */
  ANSWER,
  /** Hang up the active call (rejects it while it rings). */
  HANG_UP,
  /** Mute or unmute the active established call. */
  MUTE,
  /** Put the active call on hold, or resume it. */
  HOLD,
  /** Ready, or not ready with the first reason offered; acts on the presence queued, if any. */
  TOGGLE_READY;

  /** The resource key of the action's name, e.g. {@code hotkeys.action.ANSWER}. */
  public String textKey() {
    return "hotkeys.action." + name();
  }
}
