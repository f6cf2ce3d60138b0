package org.switchboard.app.settings;

import java.util.List;
import java.util.Objects;
import org.switchboard.app.theme.Theme;

/**
 * How the desktop looks.
 *
 * @param scalePercent the text size, 100 (the theme's own) to 200; see {@link #SCALES}
 */
public record AppearanceSettings(Theme theme, int scalePercent) {
  /** The text sizes offered, in percent. */
  public static final List<Integer> SCALES = List.of(100, 125, 150, 175, 200);

  public AppearanceSettings {
    Objects.requireNonNull(theme, "theme");
  }

  /** Light, 100%. */
  public static AppearanceSettings defaults() {
    return new AppearanceSettings(Theme.LIGHT, 100);
  }
}
