package org.switchboard.app.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the fonts bundled with the app (Vazirmatn, SIL OFL, for Persian and Arabic) and uses them
 * for the right-to-left languages. With system fonts JavaFX draws the Persian zero-width non-joiner
 * as a box and breaks bidi line wrapping (RECIPES.md; seen in our own screenshots).
 */
final class Fonts {
  private static final Logger log = LoggerFactory.getLogger(Fonts.class);
  private static final List<String> BUNDLED =
      List.of(
          "/org/switchboard/app/fonts/Vazirmatn-Regular.ttf",
          "/org/switchboard/app/fonts/Vazirmatn-Bold.ttf");

  private static @Nullable String family;

  private Fonts() {}

  /** Loads the bundled fonts; call once on the JavaFX thread before building scenes. */
  static synchronized void install() {
    for (String resource : BUNDLED) {
      try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          log.debug("font {} is not bundled", resource);
          continue;
        }
        Font font = Font.loadFont(in, 13);
        if (font != null && family == null) {
          family = font.getFamily();
        }
      } catch (IOException e) {
        log.warn("cannot load font {}: {}", resource, e.toString());
      }
    }
  }

  /** The bundled family, once {@link #install()} has loaded it. */
  static synchronized Optional<String> family() {
    return Optional.ofNullable(family);
  }

  /**
   * Makes the bundled family the default of {@code scene} while {@code rightToLeft} holds (Persian,
   * Arabic); otherwise the system font, which also covers Cyrillic (Vazirmatn does not).
   */
  static synchronized void follow(Scene scene, ObservableBooleanValue rightToLeft) {
    String loaded = family;
    if (loaded == null) {
      return;
    }
    javafx.beans.binding.StringExpression style =
        Bindings.when(rightToLeft).then("-fx-font-family: \"" + loaded + "\";").otherwise("");
    scene.getRoot().styleProperty().bind(style);
    // The desktop swaps roots (wizard, starting, workspace): the new root follows too.
    scene
        .rootProperty()
        .addListener(
            (o, old, root) -> {
              if (old != null) {
                old.styleProperty().unbind();
              }
              if (root != null) {
                root.styleProperty().bind(style);
              }
            });
  }
}
