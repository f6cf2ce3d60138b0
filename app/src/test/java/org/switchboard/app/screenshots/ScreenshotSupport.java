package org.switchboard.app.screenshots;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.text.Font;
import org.jspecify.annotations.Nullable;

/** What every screenshot tool needs: the JavaFX thread, and the bundled Persian/Arabic font. */
public final class ScreenshotSupport {
  private static final List<String> FONTS =
      List.of(
          "/org/switchboard/app/fonts/Vazirmatn-Regular.ttf",
          "/org/switchboard/app/fonts/Vazirmatn-Bold.ttf");

  private ScreenshotSupport() {}

  /** Runs {@code task} on the JavaFX thread and waits (at most 20 s) for its result. */
  public static <T> T onFx(Callable<T> task) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(task.call());
          } catch (Exception | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(20, TimeUnit.SECONDS);
  }

  /** Loads the bundled fonts (on the JavaFX thread) and returns their family, if found. */
  public static @Nullable String loadFonts() {
    String family = null;
    for (String resource : FONTS) {
      try (InputStream in = ScreenshotSupport.class.getResourceAsStream(resource)) {
        Font font = in == null ? null : Font.loadFont(in, 13);
        if (font != null && family == null) {
          family = font.getFamily();
        }
      } catch (IOException e) {
        System.err.println("cannot load " + resource + ": " + e);
      }
    }
    return family;
  }
}
