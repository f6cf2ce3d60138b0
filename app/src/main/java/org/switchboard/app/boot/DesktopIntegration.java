package org.switchboard.app.boot;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.agent.AgentStatusViewModel;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.hotkeys.FallbackHotkeys;
import org.switchboard.app.hotkeys.GlobalHotkeys;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.hotkeys.HotkeyBinding;
import org.switchboard.app.hotkeys.HotkeyBindings;
import org.switchboard.app.hotkeys.HotkeyDispatcher;
import org.switchboard.app.hotkeys.NativeGlobalHotkeys;
import org.switchboard.app.hotkeys.SceneHotkeys;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Hotkey;
import org.switchboard.app.settings.HotkeySettings;
import org.switchboard.app.tray.MinimiseToTray;
import org.switchboard.app.tray.SystemTrayIcon;
import org.switchboard.app.tray.TrayPresence;
import org.switchboard.core.agent.AgentSession;

/**
 * The desktop's ties to the operating system: the hotkeys from the settings (system-wide through
 * JNativeHook where allowed, else in the window), and the tray icon with minimise-to-tray. In tests
 * ({@code systemWide} false) only the in-window hotkeys are installed. Used on the JavaFX
 * application thread.
 */
final class DesktopIntegration implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DesktopIntegration.class);

  private final GlobalHotkeys hotkeys;
  private final HotkeyDispatcher dispatcher;
  private final SystemTrayIcon tray;

  DesktopIntegration(
      Stage stage,
      Scene scene,
      HotkeySettings keys,
      CallsModel calls,
      AgentSession agent,
      AgentStatusViewModel status,
      Localizer localizer,
      boolean systemWide) {
    dispatcher = new HotkeyDispatcher(calls, agent, localizer, Platform::runLater);
    hotkeys =
        systemWide
            ? new FallbackHotkeys(
                new NativeGlobalHotkeys(Platform::runLater), new SceneHotkeys(scene))
            : new SceneHotkeys(scene);
    hotkeys.register(bindings(keys), dispatcher::dispatch);
    TrayPresence presence =
        new TrayPresence(status.snapshotProperty(), status::changePresence, localizer);
    tray =
        new SystemTrayIcon(
            presence,
            localizer,
            Platform::runLater,
            () -> MinimiseToTray.restore(stage),
            Platform::exit);
    if (systemWide && tray.install()) {
      new MinimiseToTray(stage, tray::isInstalled, Platform::exit);
    }
  }

  /** The settings' combinations as hotkey bindings; one that cannot be bound is left out. */
  static HotkeyBindings bindings(HotkeySettings keys) {
    Map<HotkeyAction, HotkeyBinding> map = new EnumMap<>(HotkeyAction.class);
    for (HotkeyAction action : HotkeyAction.values()) {
      Hotkey key = keys.get(action).orElse(null);
      if (key == null) {
        continue;
      }
      try {
        map.put(action, HotkeyBinding.parse(key.format()));
      } catch (RuntimeException e) {
        log.warn("hotkey for {} left out: {}", action, e.getMessage());
      }
    }
    try {
      return HotkeyBindings.of(map);
    } catch (RuntimeException e) {
      log.warn("hotkeys from the settings refused, using the defaults: {}", e.getMessage());
      return HotkeyBindings.defaults();
    }
  }

  /** Removes the hotkeys and the tray icon. */
  @Override
  public void close() {
    hotkeys.close();
    tray.close();
  }
}
