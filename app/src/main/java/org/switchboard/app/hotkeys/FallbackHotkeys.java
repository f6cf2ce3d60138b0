package org.switchboard.app.hotkeys;

import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Installs hotkeys in {@code preferred} when it can, else in {@code fallback}: system-wide when the
 * desktop allows it, in the window otherwise. Called on the JavaFX application thread.
 */
public final class FallbackHotkeys implements GlobalHotkeys {
  private final GlobalHotkeys preferred;
  private final GlobalHotkeys fallback;
  private @Nullable GlobalHotkeys live;

  public FallbackHotkeys(GlobalHotkeys preferred, GlobalHotkeys fallback) {
    this.preferred = Objects.requireNonNull(preferred, "preferred");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public boolean register(HotkeyBindings bindings, Consumer<HotkeyAction> onAction) {
    if (preferred.register(bindings, onAction)) {
      fallback.close();
      live = preferred;
      return true;
    }
    preferred.close();
    boolean ok = fallback.register(bindings, onAction);
    live = ok ? fallback : null;
    return ok;
  }

  @Override
  public boolean systemWide() {
    GlobalHotkeys current = live;
    return current != null && current.systemWide();
  }

  @Override
  public void close() {
    live = null;
    preferred.close();
    fallback.close();
  }
}
