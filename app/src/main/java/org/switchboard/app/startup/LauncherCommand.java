package org.switchboard.app.startup;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The command line that starts this desktop again: the installed launcher when jpackage started us
 * (its launchers set {@code jpackage.app-path}), otherwise the running Java with our jar ({@code
 * java -jar switchboard.jar}) or class path and main class.
 *
 * @param arguments the program first, then its arguments; never empty
 */
public record LauncherCommand(List<String> arguments) {
  /** Set by jpackage's launchers to their own path. */
  public static final String APP_PATH_PROPERTY = "jpackage.app-path";

  public LauncherCommand {
    arguments = List.copyOf(arguments);
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("a launcher command needs a program");
    }
  }

  /**
   * How this process was started, read from system properties ({@value #APP_PATH_PROPERTY}, {@code
   * java.home}, {@code java.class.path}, {@code os.name}).
   *
   * @param mainClass the class to run when we run from a class path rather than a jar
   */
  public static LauncherCommand current(
      Function<String, @Nullable String> properties, String mainClass) {
    String appPath = properties.apply(APP_PATH_PROPERTY);
    if (appPath != null && !appPath.isBlank()) {
      return new LauncherCommand(List.of(appPath));
    }
    boolean windows =
        String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT).startsWith("windows");
    String java =
        Path.of(
                Objects.requireNonNull(properties.apply("java.home"), "java.home"),
                "bin",
                // javaw: no console window opens at login.
                windows ? "javaw.exe" : "java")
            .toString();
    String classPath = Objects.requireNonNullElse(properties.apply("java.class.path"), "");
    List<String> entries = List.of(classPath.split(File.pathSeparator));
    if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
      return new LauncherCommand(List.of(java, "-jar", absolute(entries.get(0))));
    }
    List<String> absolute = new ArrayList<>();
    entries.stream()
        .filter(e -> !e.isEmpty())
        .map(LauncherCommand::absolute)
        .forEach(absolute::add);
    return new LauncherCommand(
        List.of(java, "-cp", String.join(File.pathSeparator, absolute), mainClass));
  }

  /** The program. */
  public String program() {
    return arguments.get(0);
  }

  private static String absolute(String path) {
    return Path.of(path).toAbsolutePath().normalize().toString();
  }
}
