package org.switchboard.app.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * macOS: a per-user launch agent, {@code ~/Library/LaunchAgents/org.switchboard.desktop.plist},
 * with {@code RunAtLoad}; launchd reads it when the user signs in.
 */
final class MacLaunchAgent implements StartAtLogin {
  static final String LABEL = "org.switchboard.desktop";

  private final Path file;
  private final LauncherCommand launcher;

  MacLaunchAgent(Path directory, LauncherCommand launcher) {
    this.file = directory.resolve(LABEL + ".plist");
    this.launcher = Objects.requireNonNull(launcher, "launcher");
  }

  /** {@code ~/Library/LaunchAgents}. */
  static Path directory(Path home) {
    return home.resolve("Library").resolve("LaunchAgents");
  }

  @Override
  public void apply(boolean enabled) throws IOException {
    if (enabled) {
      EntryFile.write(file, plist(launcher));
    } else {
      EntryFile.remove(file);
    }
  }

  /** The launch agent's property list, starting {@code launcher} at login. */
  static String plist(LauncherCommand launcher) {
    StringBuilder arguments = new StringBuilder();
    for (String argument : launcher.arguments()) {
      arguments.append("    <string>").append(xml(argument)).append("</string>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
        + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        + "<plist version=\"1.0\">\n"
        + "<dict>\n"
        + "  <key>Label</key>\n"
        + "  <string>"
        + LABEL
        + "</string>\n"
        + "  <key>ProgramArguments</key>\n"
        + "  <array>\n"
        + arguments
        + "  </array>\n"
        + "  <key>RunAtLoad</key>\n"
        + "  <true/>\n"
        + "  <key>ProcessType</key>\n"
        + "  <string>Interactive</string>\n"
        + "</dict>\n"
        + "</plist>\n";
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
