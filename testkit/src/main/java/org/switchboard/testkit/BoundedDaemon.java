package org.switchboard.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A server process a test starts and stops: run in the foreground under coreutils' {@code timeout}
 * so that it dies at the end of its lifetime even when the JVM that started it is killed, with its
 * output in a log file. {@link #close()} stops it by PID: TERM, then KILL after five seconds.
 *
 * <p>Not thread-safe: one test thread starts, signals and stops it.
 */
public final class BoundedDaemon implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final String name;
  private final Process wrapper;
  private final ProcessHandle daemon;
  private final Path log;
  private boolean paused;

  private BoundedDaemon(String name, Process wrapper, ProcessHandle daemon, Path log) {
    this.name = name;
    this.wrapper = wrapper;
    this.daemon = daemon;
    this.log = log;
  }

  /**
   * Starts {@code command} with {@code environment} added to this JVM's, bounded by {@code
   * lifetime}. {@code input}, when not null, is written to its standard input, which is then
   * closed.
   *
   * @throws AssertionError when it cannot be started
   */
  public static BoundedDaemon start(
      String name,
      List<String> command,
      Map<String, String> environment,
      @Nullable String input,
      Path log,
      Duration lifetime) {
    List<String> bounded = new ArrayList<>();
    bounded.add("timeout");
    bounded.add("--kill-after=" + STOP_GRACE.toSeconds() + "s");
    bounded.add(Math.max(1, lifetime.toSeconds()) + "s");
    bounded.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(bounded).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    if (input == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    }
    try {
      Process wrapper = builder.start();
      if (input != null) {
        try (OutputStream stdin = wrapper.getOutputStream()) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      return new BoundedDaemon(name, wrapper, child(name, wrapper, log), log);
    } catch (IOException e) {
      throw new AssertionError("cannot start " + name + " (" + String.join(" ", command) + ")", e);
    }
  }

  /** The server's own PID (not its {@code timeout} wrapper's). */
  public long pid() {
    return daemon.pid();
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return daemon.isAlive();
  }

  /** What the server printed so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + log, e);
    }
  }

  /**
   * Waits until {@code ready} holds, polling every 50 ms.
   *
   * @throws AssertionError with the server's log when it dies or {@code timeout} passes first
   */
  public void awaitReady(BooleanSupplier ready, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (!daemon.isAlive()) {
        throw new AssertionError(name + " exited while starting; its log:\n" + log());
      }
      if (System.nanoTime() > deadline) {
        close();
        throw new AssertionError(name + " not ready within " + timeout + "; its log:\n" + log());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new AssertionError("interrupted while starting " + name, e);
      }
    }
  }

  /**
   * Waits up to {@code timeout} for the process to end by itself.
   *
   * @return its exit status (the {@code timeout} wrapper's, which passes the command's on)
   * @throws AssertionError with its log when it is still running at the deadline (it is stopped)
   */
  public int awaitExit(Duration timeout) {
    try {
      if (!wrapper.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        throw new AssertionError(name + " did not end within " + timeout + "; its log:\n" + log());
      }
      return wrapper.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new AssertionError("interrupted while waiting for " + name, e);
    }
  }

  /** Freezes the server (SIGSTOP): it keeps its sockets but answers nothing. */
  void pause() {
    signal("STOP");
    paused = true;
  }

  /** Lets a paused server run again (SIGCONT). */
  void resume() {
    signal("CONT");
    paused = false;
  }

  private void signal(String signal) {
    BoundedCommand.Result result =
        BoundedCommand.run(
            List.of("kill", "-" + signal, Long.toString(daemon.pid())), Duration.ofSeconds(5));
    if (result.exitCode() != 0) {
      throw new AssertionError("kill -" + signal + " " + name + ": " + result.output());
    }
  }

  /** Stops the server and its wrapper: TERM, then KILL after a grace period. Idempotent. */
  @Override
  public void close() {
    if (paused && daemon.isAlive()) {
      // A stopped process keeps a TERM pending until it runs again.
      resume();
    }
    daemon.destroy();
    wrapper.destroy();
    try {
      if (!wrapper.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        daemon.destroyForcibly();
        wrapper.destroyForcibly();
        wrapper.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      daemon.destroyForcibly();
      wrapper.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The command {@code timeout} started; it forks at once, so a short wait suffices. */
  private static ProcessHandle child(String name, Process wrapper, Path log) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> child = wrapper.children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      if (!wrapper.isAlive()) {
        break;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    wrapper.destroyForcibly();
    String output;
    try {
      output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      output = "(log unreadable: " + e + ")";
    }
    throw new AssertionError(name + " did not start; its output:\n" + output);
  }
}
