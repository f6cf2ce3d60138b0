package org.switchboard.installers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the build put the app image and the packages (system properties set by the pom). */
final class Packages {
  private Packages() {}

  static Path out() {
    return Path.of(System.getProperty("installers.out", "target/jpackage/out"));
  }

  static String version() {
    return System.getProperty("installers.version", "0.1.0");
  }

  /** The app image's directory ({@code Switchboard/} with {@code bin/} and {@code lib/}). */
  static Path appImage() {
    return out().resolve("image/Switchboard");
  }

  /** The one file in {@code out/<kind>} whose name ends with {@code suffix}. */
  static Path single(String kind, String suffix) {
    try (Stream<Path> files = Files.list(out().resolve(kind))) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .reduce(
              (a, b) -> {
                throw new AssertionError("more than one " + suffix + " in " + out().resolve(kind));
              })
          .orElseThrow(() -> new AssertionError("no " + suffix + " in " + out().resolve(kind)));
    } catch (IOException e) {
      throw new UncheckedIOException("nothing built in " + out().resolve(kind), e);
    }
  }
}
