package org.switchboard.app.hotkeys;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * System-wide hotkeys through JNativeHook 2.2: they fire while another application has the focus.
 * JNativeHook cannot swallow the keys, so the other application sees them too.
 *
 * <p>It fails softly: {@link #register} returns {@code false} and logs one line saying why when
 * there is no X11 display (headless, CI, Monocle), in a Wayland session (the hook would see only
 * X11 windows), or when the hook is refused (macOS without the accessibility permission, a missing
 * native library). The desktop then falls back to {@link SceneHotkeys} (see {@link
 * FallbackHotkeys}). Without a display JNativeHook's native library is never loaded at all: loading
 * it there makes the JVM exit with status 1 when it shuts down.
 *
 * <p>Threads: {@code register} and {@code close} on the JavaFX application thread; key events
 * arrive on JNativeHook's dispatch thread and actions are handed to {@code ui}. JNativeHook's own
 * java.util.logging output (an INFO line per event) is switched off.
 */
public final class NativeGlobalHotkeys implements GlobalHotkeys {
  private static final Logger log = LoggerFactory.getLogger(NativeGlobalHotkeys.class);

  private final Executor ui;
  private final Map<String, String> env;
  private final Function<String, @Nullable String> properties;
  // Held so the setting survives: java.util.logging keeps loggers only weakly.
  private final java.util.logging.Logger hookLog =
      java.util.logging.Logger.getLogger("com.github.kwhat.jnativehook");
  private @Nullable NativeKeyListener listener;
  private boolean hookRegistered;
  private boolean reported;

  /** For production: reads the process's environment and system properties. */
  public NativeGlobalHotkeys(Executor ui) {
    this(ui, System.getenv(), System::getProperty);
  }

  /**
   * @param ui runs the actions on the JavaFX application thread ({@code Platform::runLater})
   * @param env the environment ({@code DISPLAY}, {@code WAYLAND_DISPLAY}, {@code XDG_SESSION_TYPE})
   * @param properties system properties ({@code os.name}, {@code glass.platform})
   */
  public NativeGlobalHotkeys(
      Executor ui, Map<String, String> env, Function<String, @Nullable String> properties) {
    this.ui = Objects.requireNonNull(ui, "ui");
    this.env = Map.copyOf(env);
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  @Override
  public boolean register(HotkeyBindings bindings, Consumer<HotkeyAction> onAction) {
    removeListener();
    String unavailable = unavailableReason();
    if (unavailable != null) {
      reportOnce("global hotkeys unavailable ({}); hotkeys work only in the window", unavailable);
      return false;
    }
    if (!startHook()) {
      return false;
    }
    NativeKeyMatcher matcher = new NativeKeyMatcher(bindings);
    NativeKeyListener l =
        new NativeKeyListener() {
          @Override
          public void nativeKeyPressed(NativeKeyEvent e) {
            matcher
                .pressed(e.getKeyCode(), e.getModifiers())
                .ifPresent(action -> ui.execute(() -> onAction.accept(action)));
          }

          @Override
          public void nativeKeyReleased(NativeKeyEvent e) {
            matcher.released(e.getKeyCode());
          }
        };
    GlobalScreen.addNativeKeyListener(l);
    listener = l;
    log.info("global hotkeys installed: {}", bindings);
    return true;
  }

  @Override
  public boolean systemWide() {
    return listener != null;
  }

  @Override
  public void close() {
    removeListener();
    if (hookRegistered) {
      hookRegistered = false;
      try {
        GlobalScreen.unregisterNativeHook();
      } catch (NativeHookException | RuntimeException | LinkageError e) {
        log.debug("the native key hook did not stop cleanly", e);
      }
    }
  }

  /**
   * Why system-wide hotkeys cannot work here, or null when they may. Decided from the environment
   * alone, before JNativeHook is loaded.
   */
  @Nullable String unavailableReason() {
    String glass = properties.apply("glass.platform");
    if (glass != null && glass.equalsIgnoreCase("Monocle")) {
      return "headless JavaFX (Monocle)";
    }
    String os = Objects.requireNonNullElse(properties.apply("os.name"), "");
    if (os.startsWith("Windows") || os.startsWith("Mac")) {
      return null;
    }
    if (!env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()
        || "wayland".equals(env.getOrDefault("XDG_SESSION_TYPE", "").toLowerCase(Locale.ROOT))) {
      return "Wayland session: the hook would see only X11 windows";
    }
    if (env.getOrDefault("DISPLAY", "").isBlank()) {
      return "no X11 display";
    }
    return null;
  }

  private boolean startHook() {
    if (hookRegistered) {
      return true;
    }
    hookLog.setLevel(Level.OFF);
    hookLog.setUseParentHandlers(false);
    try {
      GlobalScreen.registerNativeHook();
      hookRegistered = true;
      return true;
    } catch (NativeHookException e) {
      reportOnce(
          "global hotkeys unavailable (the native key hook was refused, code {}: {});"
              + " hotkeys work only in the window",
          e.getCode(),
          e.getMessage());
    } catch (LinkageError | RuntimeException e) {
      reportOnce(
          "global hotkeys unavailable (JNativeHook could not load: {}); hotkeys work only in the"
              + " window",
          e.toString());
    }
    return false;
  }

  private void removeListener() {
    NativeKeyListener l = listener;
    listener = null;
    if (l != null) {
      GlobalScreen.removeNativeKeyListener(l);
    }
  }

  private void reportOnce(String message, @Nullable Object... args) {
    if (!reported) {
      reported = true;
      log.warn(message, args);
    }
  }
}
