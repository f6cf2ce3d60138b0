package org.switchboard.app.boot;

import java.net.URI;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * The JavaFX application: opens the {@link Desktop} on the real machine's environment. Launched by
 * {@link DesktopMain}, never directly.
 */
public final class DesktopApplication extends Application {
  // JavaFX creates the Application itself, so the launcher hands these over before launching.
  private static @Nullable SingleInstance handedInstance;
  private static @Nullable DialLink handedLink;
  private static @Nullable Path handedSettings;

  private @Nullable Desktop desktop;
  private @Nullable SingleInstance instance;

  static synchronized void handOver(SingleInstance instance, @Nullable DialLink link) {
    handedInstance = instance;
    handedLink = link;
  }

  /** Makes the desktop keep its settings in {@code directory} (the local-centre profile). */
  static synchronized void useSettingsDirectory(Path directory) {
    handedSettings = directory;
  }

  @Override
  public void start(Stage stage) {
    SingleInstance running;
    DialLink link;
    Path settings;
    synchronized (DesktopApplication.class) {
      running = handedInstance;
      link = handedLink;
      settings = handedSettings;
      handedInstance = null;
      handedLink = null;
    }
    instance = running;
    DesktopEnvironment env = DesktopEnvironment.system();
    desktop =
        Desktop.open(stage, settings == null ? env : env.withSettingsDir(settings), this::browse);
    desktop.takeLinks(running, link);
  }

  private void browse(URI link) {
    getHostServices().showDocument(link.toString());
  }

  @Override
  public void stop() {
    if (desktop != null) {
      desktop.close();
    }
    if (instance != null) {
      instance.close();
    }
  }
}
