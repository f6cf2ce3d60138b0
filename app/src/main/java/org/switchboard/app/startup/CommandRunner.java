package org.switchboard.app.startup;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an operating-system command and reports its exit code. Blocks; not on the UI thread. */
@FunctionalInterface
interface CommandRunner {
  /**
   * Runs {@code command} to its end.
   *
   * @return the exit code
   * @throws IOException when it cannot be started or does not end in time
   */
  int run(List<String> command) throws IOException;

  /** Runs commands as processes, each killed (by its PID) when it outlives {@code limit}. */
  static CommandRunner bounded(Duration limit) {
    return command -> {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new IOException(command.get(0) + " did not finish within " + limit);
        }
        return process.exitValue();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException(command.get(0) + " was interrupted", e);
      }
    };
  }
}
