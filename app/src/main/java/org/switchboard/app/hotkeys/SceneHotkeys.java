package org.switchboard.app.hotkeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.switchboard.app.hotkeys.HotkeyBinding.Modifier;

/**
 * Hotkeys that work while the main window has the focus: each binding becomes an accelerator of the
 * window's scene. The fallback where system-wide hotkeys are unavailable (Wayland, no X11 display,
 * no permission), and what tests drive. Used on the JavaFX application thread.
 */
public final class SceneHotkeys implements GlobalHotkeys {
  private final Scene scene;
  private final List<KeyCombination> installed = new ArrayList<>();

  public SceneHotkeys(Scene scene) {
    this.scene = Objects.requireNonNull(scene, "scene");
  }

  @Override
  public boolean register(HotkeyBindings bindings, Consumer<HotkeyAction> onAction) {
    close();
    for (Map.Entry<HotkeyAction, HotkeyBinding> e : bindings.asMap().entrySet()) {
      KeyCombination combination = combination(e.getValue());
      HotkeyAction action = e.getKey();
      scene.getAccelerators().put(combination, () -> onAction.accept(action));
      installed.add(combination);
    }
    return true;
  }

  @Override
  public boolean systemWide() {
    return false;
  }

  @Override
  public void close() {
    for (KeyCombination c : installed) {
      scene.getAccelerators().remove(c);
    }
    installed.clear();
  }

  /** The JavaFX combination for {@code binding}: exactly its modifiers held. */
  static KeyCombination combination(HotkeyBinding binding) {
    List<KeyCombination.Modifier> modifiers = new ArrayList<>();
    for (Modifier m : binding.modifiers()) {
      modifiers.add(modifier(m));
    }
    return new KeyCodeCombination(
        KeyCode.valueOf(binding.key().name()), modifiers.toArray(new KeyCombination.Modifier[0]));
  }

  private static KeyCombination.Modifier modifier(Modifier m) {
    switch (m) {
      case CTRL:
        return KeyCombination.CONTROL_DOWN;
      case ALT:
        return KeyCombination.ALT_DOWN;
      case SHIFT:
        return KeyCombination.SHIFT_DOWN;
      default:
        return KeyCombination.META_DOWN;
    }
  }
}
