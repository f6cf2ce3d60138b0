package org.switchboard.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A virtual X display for tests that run a real desktop program (a GTK window, an installed
 * package's launcher): {@code Xvfb} on the first free display number from 90, local connections
 * only, stopped by PID on {@link #close()} and bounded by a lifetime in any case.
 */
public final class Xvfb implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final int number;

  private Xvfb(BoundedDaemon daemon, int number) {
    this.daemon = daemon;
    this.number = number;
  }

  /**
   * Starts a 1280×800 24-bit display that lives at most {@code lifetime}.
   *
   * @param logDir where its log goes
   * @throws AssertionError when no display could be started within 10 seconds
   */
  public static Xvfb start(Path logDir, Duration lifetime) {
    int number = freeDisplay();
    Path socket = Path.of("/tmp/.X11-unix/X" + number);
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "Xvfb :" + number,
            List.of("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp"),
            Map.of(),
            null,
            logDir.resolve("xvfb-" + number + ".log"),
            lifetime);
    daemon.awaitReady(() -> Files.exists(socket), Duration.ofSeconds(10));
    return new Xvfb(daemon, number);
  }

  /** The value for {@code DISPLAY}, e.g. {@code :90}. */
  public String display() {
    return ":" + number;
  }

  @Override
  public void close() {
    daemon.close();
  }

  private static int freeDisplay() {
    for (int n = 90; n < 190; n++) {
      if (!Files.exists(Path.of("/tmp/.X" + n + "-lock"))
          && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
        return n;
      }
    }
    throw new AssertionError("no free X display number between :90 and :189");
  }
}
