package org.switchboard.app.settings;

/** What a global hotkey does. */
public enum HotkeyAction {
  ANSWER("answer", "Ctrl+Shift+A"),
  HANG_UP("hangUp", "Ctrl+Shift+H"),
  MUTE("mute", "Ctrl+Shift+M"),
  HOLD("hold", "Ctrl+Shift+L"),
  TOGGLE_READY("toggleReady", "Ctrl+Shift+R");

  private final String tag;
  private final String defaultKeys;

  HotkeyAction(String tag, String defaultKeys) {
    this.tag = tag;
    this.defaultKeys = defaultKeys;
  }

  /** The name in the settings file and, prefixed with {@code settings.hotkeys.}, the label key. */
  public String tag() {
    return tag;
  }

  /** The combination a first start assigns. */
  public Hotkey defaultHotkey() {
    return Hotkey.parse(defaultKeys);
  }
}
