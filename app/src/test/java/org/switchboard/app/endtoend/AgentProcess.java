package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.switchboard.app.boot.AgentMain;

/**
 * The headless agent as a separate JVM, exactly as a user runs it ({@code java ... AgentMain}),
 * driven through its standard input and read through its standard output. Its standard error goes
 * to a file the test can read. {@link #close()} ends it: {@code quit}, then a bounded wait, then a
 * kill by PID.
 */
final class AgentProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final OutputStream stdin;
  private final Path stderr;
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private AgentProcess(Process process, Path stderr) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.stderr = stderr;
    Thread reader = new Thread(this::readEvents, "agent-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  static AgentProcess start(Path workDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AgentMain.class.getName());
    command.addAll(List.of(args));
    Path stderr = workDir.resolve("agent-stderr-" + System.nanoTime() + ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectError(stderr.toFile())
              .start();
      return new AgentProcess(process, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the headless agent", e);
    }
  }

  void send(String jsonLine) {
    try {
      stdin.write((jsonLine + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the agent's stdin is closed; stderr: " + stderr(), e);
    }
  }

  /** Waits for the next event named {@code name} that matches {@code filter}, skipping others. */
  JsonNode await(String name, Predicate<JsonNode> filter, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        JsonNode event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
        if (event == null) {
          return fail(
              "no '%s' event within %s; events seen: %s; stderr: %s",
              name, timeout, seenSoFar(), stderr());
        }
        if (name.equals(event.path("event").asText()) && filter.test(event)) {
          return event;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  JsonNode await(String name, Duration timeout) {
    return await(name, e -> true, timeout);
  }

  /** Waits for the process to exit by itself and returns its exit code. */
  int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return fail("the agent did not exit within %s; stderr: %s", timeout, stderr());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  String stderr() {
    try {
      return Files.exists(stderr) ? Files.readString(stderr) : "";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  synchronized List<String> seenSoFar() {
    return List.copyOf(seen);
  }

  private void readEvents() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        synchronized (this) {
          seen.add(line);
        }
        try {
          events.add(JSON.readTree(line));
        } catch (IOException e) {
          synchronized (this) {
            seen.add("NOT JSON: " + line);
          }
        }
      }
    } catch (IOException e) {
      // The process ended.
    }
  }

  /** Dials {@code target} and returns the call's id once it is answered (within 15 s). */
  String dialAndAwaitAnswer(String target) {
    send("{\"cmd\":\"dial\",\"target\":\"" + target + "\"}");
    return await("answered", Duration.ofSeconds(15)).path("call").asText();
  }

  /** Hangs {@code call} up and waits (15 s at most) for it to end. */
  void hangUpAndAwaitEnd(String call) {
    send("{\"cmd\":\"hangup\",\"call\":\"" + call + "\"}");
    await("ended", e -> call.equals(e.path("call").asText()), Duration.ofSeconds(15));
  }

  /**
   * The call's recording {@code file} once it is there: a recording appears under its name only
   * when complete. Fails after 5 s.
   */
  static Path awaitRecording(Path file) throws InterruptedException {
    for (int i = 0; i < 50 && !java.nio.file.Files.exists(file); i++) {
      Thread.sleep(100);
    }
    if (!java.nio.file.Files.exists(file)) {
      throw new AssertionError("no recording " + file + " within 5 s");
    }
    return file;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        send("{\"cmd\":\"quit\"}");
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (RuntimeException e) {
        // Already gone.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    process.destroyForcibly();
  }
}
