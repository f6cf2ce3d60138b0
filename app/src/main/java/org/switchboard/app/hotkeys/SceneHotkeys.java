package org.switchboard.app.hotkeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.switchboard.app.hotkeys.HotkeyBinding.Modifier;

/**
 * Hotkeys that work while the main window has the focus: each binding becomes an accelerator of the
 * window's scene. The fallback where system-wide hotkeys are unavailable (Wayland, no X11 display,
 * no permission), and what tests drive. A text field with the focus does not also get the
 * combination's character (Ctrl+Alt types letters on some platforms, as AltGr). Used on the JavaFX
 * application thread.
 */
public final class SceneHotkeys implements GlobalHotkeys {
  private final Scene scene;
  private final List<KeyCombination> installed = new ArrayList<>();
  private final EventHandler<KeyEvent> pressed = this::pressed;
  private final EventHandler<KeyEvent> typed = this::typed;
  private final EventHandler<KeyEvent> released = e -> swallowTyped = false;
  private boolean swallowTyped;

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
    scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
    scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
    scene.addEventFilter(KeyEvent.KEY_RELEASED, released);
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
    scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
    scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
    scene.removeEventFilter(KeyEvent.KEY_RELEASED, released);
    swallowTyped = false;
  }

  private void pressed(KeyEvent e) {
    swallowTyped = false;
    for (KeyCombination c : installed) {
      if (c.match(e)) {
        swallowTyped = true;
        return;
      }
    }
  }

  private void typed(KeyEvent e) {
    if (swallowTyped) {
      e.consume();
    }
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
