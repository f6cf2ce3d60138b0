package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code switchboard --diagnostics-bundle <file.zip|directory>}: makes the bundle without starting
 * the desktop, so IT can script it. A directory gets the bundle under its {@linkplain
 * DiagnosticsBundle#fileName() default name}. Prints the bundle's path on standard output; exits 0
 * when written, 1 otherwise (with the reason on standard error).
 */
public final class DiagnosticsCommand {
  /** The option that asks for a bundle. */
  public static final String OPTION = "--diagnostics-bundle";

  private DiagnosticsCommand() {}

  /** Whether {@code args} ask for a bundle rather than for the desktop. */
  public static boolean requested(List<String> args) {
    return !args.isEmpty() && args.get(0).equals(OPTION);
  }

  /**
   * Writes the bundle named in {@code args}.
   *
   * @return the process's exit code: 0 written, 1 not
   */
  public static int run(
      List<String> args, DiagnosticsBundle bundle, PrintStream out, PrintStream err) {
    if (args.size() != 2 || args.get(1).isBlank()) {
      err.println("usage: switchboard " + OPTION + " <file.zip|directory>");
      return 1;
    }
    Path target = Path.of(args.get(1));
    if (Files.isDirectory(target)) {
      target = target.resolve(bundle.fileName());
    }
    try {
      Path written = bundle.write(target);
      out.println(written.toAbsolutePath());
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("switchboard: could not write the diagnostics bundle " + target + ": " + e);
      return 1;
    }
  }
}
