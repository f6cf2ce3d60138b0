package org.switchboard.app.hotkeys;

import java.util.function.Consumer;

/**
 * Somewhere hotkeys can be installed: system-wide ({@link NativeGlobalHotkeys}) or in the main
 * window ({@link SceneHotkeys}). Methods are called on the JavaFX application thread.
 */
public interface GlobalHotkeys extends AutoCloseable {
  /**
   * Installs {@code bindings}, replacing any installed before. Each time a combination is pressed,
   * {@code onAction} is called with its action on the JavaFX application thread.
   *
   * @return whether the hotkeys are live; {@code false} (never an exception) when they cannot be
   *     installed here, with the reason logged once
   */
  boolean register(HotkeyBindings bindings, Consumer<HotkeyAction> onAction);

  /** Whether the installed hotkeys work while another application has the focus. */
  boolean systemWide();

  /** Removes the hotkeys. Never throws; closing twice is harmless. */
  @Override
  void close();
}
