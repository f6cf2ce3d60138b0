package org.switchboard.app.hotkeys;

/** What a hotkey does; {@link HotkeyDispatcher} carries it out. */
public enum HotkeyAction {
  /** Answer the ringing call (the active one if it rings, else the newest ringing). */
  ANSWER("answer"),
  /** Hang up the active call (rejects it while it rings). */
  HANG_UP("hangUp"),
  /** Mute or unmute the active established call. */
  MUTE("mute"),
  /** Put the active call on hold, or resume it. */
  HOLD("hold"),
  /** Ready, or not ready with the first reason offered; acts on the presence queued, if any. */
  TOGGLE_READY("toggleReady");

  private final String tag;

  HotkeyAction(String tag) {
    this.tag = tag;
  }

  /** The resource key of the action's name, e.g. {@code hotkeys.action.ANSWER}. */
  public String textKey() {
    return "hotkeys.action." + name();
  }

  /** The name in the settings file and, prefixed with {@code settings.hotkeys.}, its label key. */
  public String tag() {
    return tag;
  }

  /** The combination a first start assigns, as {@link HotkeyBindings#defaults()} has it. */
  public String defaultKeys() {
    return HotkeyBindings.defaults().get(this).map(HotkeyBinding::format).orElse("");
  }
}
