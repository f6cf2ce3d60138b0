package org.switchboard.app.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the desktop keeps its settings: the {@value #PROPERTY} system property if set (tests), else
 * {@code $XDG_CONFIG_HOME/switchboard}, else {@code ~/.config/switchboard}.
 */
public final class SettingsLocation {
  /** The system property that overrides the settings directory. */
  public static final String PROPERTY = "switchboard.config.dir";

  private SettingsLocation() {}

  /**
   * The settings directory.
   *
   * @param systemProperty looks up a system property, null when unset
   */
  public static Path directory(
      Map<String, String> env, Function<String, @Nullable String> systemProperty) {
    String override = systemProperty.apply(PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "switchboard");
    }
    String home = systemProperty.apply("user.home");
    return Path.of(home == null ? "." : home, ".config", "switchboard");
  }
}
