package org.switchboard.app.boot;

import javafx.application.Application;
import org.switchboard.app.logging.Logging;

/**
 * The desktop's launcher ({@code switchboard.jar}). A plain class, not the {@code Application}
 * subclass, so that JavaFX starts from the classpath without the launcher's module check.
 */
public final class DesktopMain {
  private DesktopMain() {}

  public static void main(String[] args) {
    Logging.install("info");
    Application.launch(DesktopApplication.class, args);
  }
}
