package org.switchboard.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs an external command to completion within a time bound. A command that overruns is stopped
 * through its process handle (TERM, then KILL after a second), children included, so nothing
 * outlives the call. Output goes through a temporary file, so a chatty command can never block on a
 * full pipe. Safe from any thread.
 */
public final class BoundedCommand {
  private BoundedCommand() {}

  /** What a finished command printed (standard output and error, interleaved) and its status. */
  public record Result(int exitCode, String output) {}

  /**
   * Runs {@code command} and waits up to {@code timeout} for it to end.
   *
   * @throws AssertionError when it does not end in time (it is stopped first)
   * @throws UncheckedIOException when it cannot be started
   */
  public static Result run(List<String> command, Duration timeout) {
    return run(command, Map.of(), null, timeout);
  }

  /**
   * Runs {@code command} with {@code environment} added to this JVM's, writes {@code input} (when
   * not null) to its standard input and closes it, and waits up to {@code timeout} for it to end.
   *
   * @throws AssertionError when it does not end in time (it is stopped first)
   * @throws UncheckedIOException when it cannot be started
   */
  public static Result run(
      List<String> command,
      Map<String, String> environment,
      @Nullable String input,
      Duration timeout) {
    File output = null;
    Process process = null;
    try {
      output = Files.createTempFile("testkit-cmd-", ".out").toFile();
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
      builder.environment().putAll(environment);
      if (input == null) {
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      }
      process = builder.start();
      if (input != null) {
        try (OutputStream stdin = process.getOutputStream()) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
      }
      return new Result(
          process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    } finally {
      if (process != null) {
        stop(process);
      }
      if (output != null && !output.delete()) {
        output.deleteOnExit();
      }
    }
  }

  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
