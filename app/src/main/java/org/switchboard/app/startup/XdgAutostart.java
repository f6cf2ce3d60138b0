package org.switchboard.app.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Linux (and other XDG desktops): {@code switchboard.desktop} in {@code $XDG_CONFIG_HOME/autostart}
 * (default {@code ~/.config/autostart}), per the XDG Autostart and Desktop Entry specifications.
 */
final class XdgAutostart implements StartAtLogin {
  static final String FILE_NAME = "switchboard.desktop";

  /** Characters that make the Desktop Entry specification quote an argument. */
  private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

  private final Path file;
  private final LauncherCommand launcher;

  XdgAutostart(Path directory, LauncherCommand launcher) {
    this.file = directory.resolve(FILE_NAME);
    this.launcher = Objects.requireNonNull(launcher, "launcher");
  }

  /**
   * {@code $XDG_CONFIG_HOME/autostart} when set to an absolute path, else {@code ~/.config/...}.
   */
  static Path directory(Map<String, String> env, Path home) {
    String config = env.get("XDG_CONFIG_HOME");
    if (config != null && !config.isBlank() && Path.of(config).isAbsolute()) {
      return Path.of(config, "autostart");
    }
    return home.resolve(".config").resolve("autostart");
  }

  @Override
  public void apply(boolean enabled) throws IOException {
    if (enabled) {
      EntryFile.write(file, desktopEntry(launcher));
    } else {
      EntryFile.remove(file);
    }
  }

  /** The autostart entry starting {@code launcher}. */
  static String desktopEntry(LauncherCommand launcher) {
    return "[Desktop Entry]\n"
        + "Type=Application\n"
        + "Name=Switchboard\n"
        + "Comment=Contact-centre agent desktop, started at login\n"
        + "Exec="
        + exec(launcher.arguments())
        + "\n"
        + "Terminal=false\n"
        + "X-GNOME-Autostart-enabled=true\n";
  }

  /**
   * The value of the {@code Exec} key: each argument quoted where the specification asks (inside
   * double quotes {@code "}, {@code `}, {@code $} and {@code \} get a backslash), {@code %} doubled
   * (it starts field codes), then every backslash doubled again because the value is a string with
   * escape sequences.
   *
   * @throws IllegalArgumentException for an argument with a line break, which an entry cannot hold
   */
  static String exec(List<String> arguments) {
    return arguments.stream().map(XdgAutostart::argument).collect(Collectors.joining(" "));
  }

  private static String argument(String argument) {
    if (argument.indexOf('\n') >= 0 || argument.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a launcher path with a line break cannot be started");
    }
    String quoted = argument;
    if (argument.isEmpty() || argument.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0)) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : argument.toCharArray()) {
        if (c == '"' || c == '`' || c == '$' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      quoted = out.append('"').toString();
    }
    return quoted.replace("%", "%%").replace("\\", "\\\\");
  }
}
