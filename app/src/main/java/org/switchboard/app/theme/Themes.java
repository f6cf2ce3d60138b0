package org.switchboard.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.switchboard.core.Subscription;

/**
 * Applies a {@link Theme} (AtlantaFX Primer light or dark, as the user-agent stylesheet of the
 * whole application) and a text scale (the root font size of a scene; the theme sizes everything in
 * {@code em}, so controls grow with it). Every method must be called on the JavaFX application
 * thread.
 */
public final class Themes {
  /** The smallest scale offered: the theme's own size. */
  public static final double MIN_SCALE = 1.0;

  /** The largest scale offered: twice the theme's size. */
  public static final double MAX_SCALE = 2.0;

  /** The root font size of the Primer themes at 100%. */
  static final double BASE_FONT_PX = 14;

  private static final String SCALE_KEY = Themes.class.getName() + ".scaleStylesheet";

  private Themes() {}

  /** The user-agent stylesheet of {@code theme}. */
  public static String stylesheet(Theme theme) {
    return theme == Theme.DARK
        ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet();
  }

  /** Makes {@code theme} the look of every window, at once. */
  public static void apply(Theme theme) {
    Application.setUserAgentStylesheet(stylesheet(theme));
  }

  /**
   * Scales the text of {@code scene} (and so its controls) by {@code scale}, 1.0 meaning the
   * theme's own size; values are clamped to {@link #MIN_SCALE}..{@link #MAX_SCALE}. It adds a
   * one-rule stylesheet ({@code .root { -fx-font-size }}) to the scene, replacing the one it added
   * before, and leaves the root's inline style alone (the composition root binds the font family
   * there).
   */
  public static void applyScale(Scene scene, double scale) {
    double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    Object previous = scene.getProperties().remove(SCALE_KEY);
    if (previous != null) {
      scene.getStylesheets().remove(previous);
    }
    if (clamped == MIN_SCALE) {
      return;
    }
    String css =
        String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", BASE_FONT_PX * clamped);
    String url =
        "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    scene.getStylesheets().add(url);
    scene.getProperties().put(SCALE_KEY, url);
  }

  /**
   * Keeps the application's theme and {@code scene}'s scale in step with the settings: applies them
   * now and on every change until the returned subscription is closed.
   *
   * @param scalePercent the text size in percent (100 to 200)
   */
  public static Subscription follow(
      Scene scene, ObservableValue<Theme> theme, ObservableValue<? extends Number> scalePercent) {
    ChangeListener<Theme> onTheme = (o, old, now) -> apply(now);
    ChangeListener<Number> onScale = (o, old, now) -> applyScale(scene, now.doubleValue() / 100.0);
    apply(theme.getValue());
    applyScale(scene, scalePercent.getValue().doubleValue() / 100.0);
    theme.addListener(onTheme);
    scalePercent.addListener(onScale);
    return () -> {
      theme.removeListener(onTheme);
      scalePercent.removeListener(onScale);
    };
  }
}
