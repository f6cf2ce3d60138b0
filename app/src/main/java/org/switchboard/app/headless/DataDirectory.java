package org.switchboard.app.headless;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Switchboard keeps data that must survive restarts (the CRM outbox, the local directory):
 * {@code $XDG_DATA_HOME/switchboard}, else {@code ~/.local/share/switchboard}.
 */
public final class DataDirectory {
  private DataDirectory() {}

  public static Path defaultFor(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "switchboard");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "switchboard");
  }
}
