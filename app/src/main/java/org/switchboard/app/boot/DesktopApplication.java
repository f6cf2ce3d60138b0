package org.switchboard.app.boot;

import java.net.URI;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The JavaFX application: opens the {@link Desktop} on the real machine's environment. Launched by
 * {@link DesktopMain}, never directly.
 */
public final class DesktopApplication extends Application {
  private @Nullable Desktop desktop;

  @Override
  public void start(Stage stage) {
    desktop = Desktop.open(stage, DesktopEnvironment.system(), this::browse);
  }

  private void browse(URI link) {
    getHostServices().showDocument(link.toString());
  }

  @Override
  public void stop() {
    if (desktop != null) {
      desktop.close();
    }
  }
}
