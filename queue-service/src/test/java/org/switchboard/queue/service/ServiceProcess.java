package org.switchboard.queue.service;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.switchboard.testkit.BoundedDaemon;

/**
 * The queue service in its own JVM, started as {@code bin/queue-service} starts it ({@code java ...
 * QueueServiceMain --config FILE}), bounded in time, so that a test can kill it as a crash would
 * (SIGKILL: no shutdown hook, no clean stop in the store) or stop it cleanly (SIGTERM).
 */
final class ServiceProcess implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final String api;

  private ServiceProcess(BoundedDaemon daemon, String api) {
    this.daemon = daemon;
    this.api = api;
  }

  /**
   * Starts the service on {@code config} and waits until its API answers at {@code api}.
   *
   * @param environment added to this JVM's (e.g. the store's password variable)
   */
  static ServiceProcess start(
      Path config, String api, Map<String, String> environment, Path log, Duration lifetime) {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            QueueServiceMain.class.getName(),
            "--config",
            config.toString());
    BoundedDaemon daemon =
        BoundedDaemon.start("queue-service", command, environment, null, log, lifetime);
    ServiceProcess service = new ServiceProcess(daemon, api);
    daemon.awaitReady(service::answers, Duration.ofSeconds(60));
    return service;
  }

  /** Whether the API answers (any HTTP status: an unauthenticated request gets 401). */
  private boolean answers() {
    try {
      HttpURLConnection c =
          (HttpURLConnection) URI.create(api + "/api/v1/snapshot").toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(1000);
      try {
        return c.getResponseCode() > 0;
      } finally {
        c.disconnect();
      }
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Kills it as a crash would: SIGKILL, then waits until it is gone. */
  void crash() {
    ProcessHandle.of(daemon.pid())
        .ifPresent(
            h -> {
              h.destroyForcibly();
              try {
                h.onExit().get(10, TimeUnit.SECONDS);
              } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("the service survived SIGKILL", e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
              }
            });
  }

  /** Its output so far. */
  String log() {
    return daemon.log();
  }

  /** Stops it cleanly (SIGTERM runs its shutdown hook), KILL after a grace period. */
  @Override
  public void close() {
    daemon.close();
  }
}
