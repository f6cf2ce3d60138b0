package org.switchboard.app.startup;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Windows: the value {@code Switchboard} under the current user's {@code Run} key, written and
 * deleted with {@code reg.exe} (no administrator rights needed, nothing outside the user's hive).
 */
final class WindowsRunKey implements StartAtLogin {
  static final String RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
  static final String VALUE_NAME = "Switchboard";

  /** {@code reg delete}'s exit code when the value is not there (or cannot be read). */
  private static final int NOT_THERE = 1;

  private final LauncherCommand launcher;
  private final CommandRunner runner;

  WindowsRunKey(LauncherCommand launcher, CommandRunner runner) {
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  @Override
  public void apply(boolean enabled) throws IOException {
    List<String> command = enabled ? addCommand(launcher) : deleteCommand();
    int exit = runner.run(command);
    if (exit != 0 && !(exit == NOT_THERE && !enabled)) {
      throw new IOException("reg " + command.get(1) + " ended with exit code " + exit);
    }
  }

  /** {@code reg add ... /d "<value>" /f}: writes (or replaces) the value. */
  static List<String> addCommand(LauncherCommand launcher) {
    return List.of(
        "reg",
        "add",
        RUN_KEY,
        "/v",
        VALUE_NAME,
        "/t",
        "REG_SZ",
        "/d",
        forCommandLine(runValue(launcher)),
        "/f");
  }

  /** {@code reg delete ... /f}: removes the value. */
  static List<String> deleteCommand() {
    return List.of("reg", "delete", RUN_KEY, "/v", VALUE_NAME, "/f");
  }

  /**
   * The value Windows runs at login: each argument in double quotes ({@code "C:\Program
   * Files\Switchboard\Switchboard.exe"}), so paths with spaces stay whole.
   */
  static String runValue(LauncherCommand launcher) {
    return launcher.arguments().stream()
        .map(
            argument -> {
              if (argument.indexOf('"') >= 0) {
                throw new IllegalArgumentException("a Windows path cannot hold a double quote");
              }
              // A backslash right before the closing quote would escape it.
              return "\"" + argument.replaceAll("(\\\\+)$", "$1$1") + "\"";
            })
        .collect(Collectors.joining(" "));
  }

  /**
   * {@code value} as one argument of reg.exe, whose C runtime reads {@code \"} as a quote that is
   * part of the argument (Java then puts the whole argument in quotes, for its spaces).
   */
  static String forCommandLine(String value) {
    return value.replaceAll("(\\\\*)\"", "$1$1\\\\\"");
  }
}
