package org.switchboard.app.hotkeys;

import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchboard.app.hotkeys.HotkeyBinding.Modifier;

/**
 * Turns JNativeHook's key events into actions: a press of a bound key with exactly its modifiers
 * held (left or right, lock keys ignored) gives the action once; held keys repeat, but the action
 * fires again only after the key is released. Uses only JNativeHook's constants, never its native
 * code. Called on JNativeHook's dispatch thread, one event at a time.
 */
final class NativeKeyMatcher {
  private final Map<Integer, HotkeyKey> keysByCode = new HashMap<>();
  private final HotkeyBindings bindings;
  private final Set<Integer> down = new HashSet<>();

  NativeKeyMatcher(HotkeyBindings bindings) {
    this.bindings = bindings;
    for (HotkeyBinding b : bindings.asMap().values()) {
      keysByCode.put(nativeCode(b.key()), b.key());
    }
  }

  /** A key went down; the action it triggers, if any. */
  Optional<HotkeyAction> pressed(int keyCode, int modifierMask) {
    HotkeyKey key = keysByCode.get(keyCode);
    if (key == null || !down.add(keyCode)) {
      return Optional.empty();
    }
    Set<Modifier> held = modifiers(modifierMask);
    for (Map.Entry<HotkeyAction, HotkeyBinding> e : bindings.asMap().entrySet()) {
      if (e.getValue().key() == key && e.getValue().modifiers().equals(held)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** A key went up. */
  void released(int keyCode) {
    down.remove(keyCode);
  }

  /** JNativeHook's virtual key code for {@code key} ({@code NativeKeyEvent.VC_*}). */
  static int nativeCode(HotkeyKey key) {
    try {
      return NativeKeyEvent.class.getField("VC_" + key.nativeName()).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("JNativeHook has no key VC_" + key.nativeName(), e);
    }
  }

  static Set<Modifier> modifiers(int mask) {
    Set<Modifier> held = EnumSet.noneOf(Modifier.class);
    if ((mask & NativeInputEvent.CTRL_MASK) != 0) {
      held.add(Modifier.CTRL);
    }
    if ((mask & NativeInputEvent.ALT_MASK) != 0) {
      held.add(Modifier.ALT);
    }
    if ((mask & NativeInputEvent.SHIFT_MASK) != 0) {
      held.add(Modifier.SHIFT);
    }
    if ((mask & NativeInputEvent.META_MASK) != 0) {
      held.add(Modifier.META);
    }
    return held;
  }
}
