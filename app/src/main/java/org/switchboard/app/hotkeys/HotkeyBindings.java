package org.switchboard.app.hotkeys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.hotkeys.HotkeyBinding.Modifier;
import org.switchboard.app.hotkeys.HotkeyBindingException.Problem;

/**
 * Which combination triggers which action; an action may be unbound, and no two actions share a
 * combination. Immutable.
 */
public final class HotkeyBindings {
  private final Map<HotkeyAction, HotkeyBinding> bindings;

  private HotkeyBindings(Map<HotkeyAction, HotkeyBinding> bindings) {
    this.bindings = Collections.unmodifiableMap(bindings);
  }

  /**
   * Answer Ctrl+Alt+A, hang up Ctrl+Alt+E, mute Ctrl+Alt+M, hold Ctrl+Alt+H, ready/not ready
   * Ctrl+Alt+R.
   */
  public static HotkeyBindings defaults() {
    Map<HotkeyAction, HotkeyBinding> map = new EnumMap<>(HotkeyAction.class);
    map.put(HotkeyAction.ANSWER, HotkeyBinding.of(HotkeyKey.A, Modifier.CTRL, Modifier.ALT));
    map.put(HotkeyAction.HANG_UP, HotkeyBinding.of(HotkeyKey.E, Modifier.CTRL, Modifier.ALT));
    map.put(HotkeyAction.MUTE, HotkeyBinding.of(HotkeyKey.M, Modifier.CTRL, Modifier.ALT));
    map.put(HotkeyAction.HOLD, HotkeyBinding.of(HotkeyKey.H, Modifier.CTRL, Modifier.ALT));
    map.put(HotkeyAction.TOGGLE_READY, HotkeyBinding.of(HotkeyKey.R, Modifier.CTRL, Modifier.ALT));
    return new HotkeyBindings(map);
  }

  /** No hotkeys at all. */
  public static HotkeyBindings none() {
    return new HotkeyBindings(new EnumMap<>(HotkeyAction.class));
  }

  /**
   * The given bindings; actions missing from {@code bindings} are unbound.
   *
   * @throws HotkeyBindingException {@code DUPLICATE} (naming the first action) when two actions
   *     share a combination
   */
  public static HotkeyBindings of(Map<HotkeyAction, HotkeyBinding> bindings) {
    Map<HotkeyAction, HotkeyBinding> map = new EnumMap<>(HotkeyAction.class);
    for (HotkeyAction action : HotkeyAction.values()) {
      HotkeyBinding binding = bindings.get(action);
      if (binding == null) {
        continue;
      }
      for (Map.Entry<HotkeyAction, HotkeyBinding> earlier : map.entrySet()) {
        if (earlier.getValue().equals(binding)) {
          throw new HotkeyBindingException(Problem.DUPLICATE, earlier.getKey().name());
        }
      }
      map.put(action, binding);
    }
    return new HotkeyBindings(map);
  }

  /** These bindings with {@code action} bound to {@code binding} (or unbound when null). */
  public HotkeyBindings with(HotkeyAction action, @Nullable HotkeyBinding binding) {
    Map<HotkeyAction, HotkeyBinding> map = new EnumMap<>(HotkeyAction.class);
    map.putAll(bindings);
    if (binding == null) {
      map.remove(action);
    } else {
      map.put(action, binding);
    }
    return of(map);
  }

  /** The combination for {@code action}, if it is bound. */
  public Optional<HotkeyBinding> get(HotkeyAction action) {
    return Optional.ofNullable(bindings.get(action));
  }

  /** The action {@code binding} triggers, if any. */
  public Optional<HotkeyAction> actionFor(HotkeyBinding binding) {
    for (Map.Entry<HotkeyAction, HotkeyBinding> e : bindings.entrySet()) {
      if (e.getValue().equals(binding)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Every bound action and its combination, in the actions' order. */
  public Map<HotkeyAction, HotkeyBinding> asMap() {
    return bindings;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HotkeyBindings && ((HotkeyBindings) other).bindings.equals(bindings);
  }

  @Override
  public int hashCode() {
    return bindings.hashCode();
  }

  @Override
  public String toString() {
    return bindings.toString();
  }
}
