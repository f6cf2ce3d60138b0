package org.switchboard.app.tray;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Hides the main window to the tray instead of closing or minimising it, while {@link
 * #enabledProperty()} is on (the default) and the tray icon exists. Hiding turns JavaFX's implicit
 * exit off so the application lives on in the tray; closing the window for real afterwards (the
 * option turned off, or the tray gone) calls {@code quit}. Used on the JavaFX application thread.
 */
public final class MinimiseToTray {
  private final Stage stage;
  private final BooleanSupplier trayPresent;
  private final Runnable quit;
  private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
  private boolean keptAlive;

  /**
   * Starts watching {@code stage}.
   *
   * @param trayPresent whether the tray icon exists now, e.g. {@code trayIcon::isInstalled}
   * @param quit ends the application, for a real close once the window has been hidden to the tray
   *     before
   */
  public MinimiseToTray(Stage stage, BooleanSupplier trayPresent, Runnable quit) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.trayPresent = Objects.requireNonNull(trayPresent, "trayPresent");
    this.quit = Objects.requireNonNull(quit, "quit");
    stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, this::closing);
    stage
        .iconifiedProperty()
        .addListener(
            (o, was, iconified) -> {
              if (iconified && hides()) {
                hide();
              }
            });
  }

  /** Whether closing and minimising hide the window to the tray (when there is one). */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** Shows the window again, restored and in front; for the tray's "show window". */
  public static void restore(Stage stage) {
    stage.show();
    stage.setIconified(false);
    stage.toFront();
    stage.requestFocus();
  }

  private boolean hides() {
    return enabled.get() && trayPresent.getAsBoolean();
  }

  private void closing(WindowEvent e) {
    if (hides()) {
      e.consume();
      hide();
    } else if (keptAlive) {
      quit.run();
    }
  }

  private void hide() {
    keptAlive = true;
    Platform.setImplicitExit(false);
    stage.hide();
  }
}
