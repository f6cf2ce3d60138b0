package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.switchboard.app.hotkeys.HotkeyAction;

/**
 * The global hotkeys. An action without an entry has no hotkey. The settings screen refuses
 * combinations without Ctrl, Alt or Meta and the same combination for two actions.
 */
public record HotkeySettings(Map<HotkeyAction, Hotkey> keys) {
  public HotkeySettings {
    EnumMap<HotkeyAction, Hotkey> copy = new EnumMap<>(HotkeyAction.class);
    copy.putAll(keys);
    keys = java.util.Collections.unmodifiableMap(copy);
  }

  /** Every action on its {@link HotkeyAction#defaultHotkey()}. */
  public static HotkeySettings defaults() {
    Map<HotkeyAction, Hotkey> keys = new EnumMap<>(HotkeyAction.class);
    for (HotkeyAction action : HotkeyAction.values()) {
      keys.put(action, Hotkey.parse(action.defaultKeys()));
    }
    return new HotkeySettings(keys);
  }

  /** The hotkey of {@code action}, if it has one. */
  public Optional<Hotkey> get(HotkeyAction action) {
    return Optional.ofNullable(keys.get(action));
  }
}
