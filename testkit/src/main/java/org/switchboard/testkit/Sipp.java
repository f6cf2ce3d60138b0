package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sipp process running a scenario file, as a UAS waiting for a call or a UAC placing calls,
 * bound to a loopback address and port. sipp runs in the foreground under {@link BoundedDaemon};
 * {@link #awaitExit(Duration)} returns sipp's exit code (0 when every call passed the scenario, 1
 * when one failed) and {@link #close()} stops it by PID.
 *
 * <p>Every message sipp sent and received is in {@link #messages()}, its errors in {@link
 * #errors()}: put them in assertion messages.
 */
public final class Sipp implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final Path messages;
  private final Path errors;

  private Sipp(BoundedDaemon daemon, Path messages, Path errors) {
    this.daemon = daemon;
    this.messages = messages;
    this.errors = errors;
  }

  /**
   * Starts sipp as a server on {@code ip:port} running {@code scenario} for {@code calls} calls.
   *
   * @param workDir where its logs go (created when missing)
   * @param extra more sipp options, e.g. {@code -key name value}
   */
  public static Sipp server(
      Path scenario,
      String ip,
      int port,
      int calls,
      Path workDir,
      Duration lifetime,
      String... extra) {
    return start(scenario, ip, port, calls, null, workDir, lifetime, extra);
  }

  /**
   * Starts sipp as a client on {@code ip:port} sending {@code calls} calls of {@code scenario} to
   * {@code remote} ({@code host:port}).
   */
  public static Sipp client(
      Path scenario,
      String ip,
      int port,
      String remote,
      int calls,
      Path workDir,
      Duration lifetime,
      String... extra) {
    return start(scenario, ip, port, calls, remote, workDir, lifetime, extra);
  }

  private static Sipp start(
      Path scenario,
      String ip,
      int port,
      int calls,
      @org.jspecify.annotations.Nullable String remote,
      Path workDir,
      Duration lifetime,
      String... extra) {
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = scenario.getFileName().toString().replaceFirst("\\.xml$", "") + "-" + port;
    Path messages = workDir.resolve(name + ".messages.log");
    Path errors = workDir.resolve(name + ".errors.log");
    List<String> command = new ArrayList<>();
    command.add("sipp");
    if (remote != null) {
      command.add(remote);
    }
    command.addAll(
        List.of(
            "-sf",
            scenario.toString(),
            "-i",
            ip,
            "-p",
            Integer.toString(port),
            "-m",
            Integer.toString(calls),
            "-nostdin",
            "-timeout",
            Math.max(1, lifetime.toSeconds()) + "s",
            "-timeout_error",
            "-trace_msg",
            "-message_file",
            messages.toString(),
            "-trace_err",
            "-error_file",
            errors.toString()));
    command.addAll(List.of(extra));
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "sipp " + name,
            command,
            Map.of(),
            null,
            workDir.resolve(name + ".out.log"),
            lifetime.plusSeconds(5));
    return new Sipp(daemon, messages, errors);
  }

  /** Waits for sipp to finish and returns its exit code; fails the test when it does not. */
  public int awaitExit(Duration timeout) {
    return daemon.awaitExit(timeout);
  }

  /** Whether sipp is still running. */
  public boolean isAlive() {
    return daemon.isAlive();
  }

  /** Every SIP message sipp sent and received so far. */
  public String messages() {
    return read(messages);
  }

  /** sipp's error log so far. */
  public String errors() {
    return read(errors);
  }

  /** sipp's own output (its final statistics screen). */
  public String output() {
    return daemon.log();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  @Override
  public void close() {
    daemon.close();
  }
}
