package org.switchboard.queue.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.api.ApiServer;
import org.switchboard.queue.service.api.ApiSettings;
import org.switchboard.queue.service.api.InMemoryIdempotencyKeys;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.config.ConfigException;
import org.switchboard.queue.service.config.ConfigLoader;
import org.switchboard.queue.service.config.ConfigWatcher;
import org.switchboard.queue.service.config.LoadedConfig;
import org.switchboard.queue.service.config.ServiceSettings;
import org.switchboard.queue.service.gateway.CentreService;
import org.switchboard.queue.service.gateway.ConfiguredUsers;
import org.switchboard.queue.service.timing.ExecutorTimers;
import org.switchboard.queue.service.timing.Timers;

/**
 * The queue service put together (ADR 27): the configuration file (watched and reloadable), the
 * contact centre on its own thread {@code queue-centre}, its timers, and the REST + WebSocket API.
 * The only place that names the service's parts; everything it starts it stops in {@link #close}.
 */
public final class QueueService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QueueService.class);
  private static final Duration CONFIG_POLL = Duration.ofSeconds(1);
  private static final Duration STOP_BOUND = Duration.ofSeconds(10);

  private final ConfigWatcher config;
  private final ExecutorService centreThread;
  private final ScheduledExecutorService timerThread;
  private final ContactCentre centre;
  private final CentreService gateway;
  private final ApiServer api;

  private QueueService(
      ConfigWatcher config,
      ExecutorService centreThread,
      ScheduledExecutorService timerThread,
      ContactCentre centre,
      CentreService gateway,
      ApiServer api) {
    this.config = config;
    this.centreThread = centreThread;
    this.timerThread = timerThread;
    this.centre = centre;
    this.gateway = gateway;
    this.api = api;
  }

  /**
   * Starts the service from {@code configFile}.
   *
   * @throws ConfigException listing every problem of the file, with its line
   * @throws IllegalStateException when a part cannot start (a port in use, say), naming it
   */
  public static QueueService start(Path configFile, Clock clock) throws ConfigException {
    ConfigWatcher config = ConfigWatcher.open(configFile, new ConfigLoader());
    ExecutorService centreThread =
        Executors.newSingleThreadExecutor(r -> daemon(r, "queue-centre"));
    ScheduledExecutorService timerThread =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "queue-timers"));
    try {
      Timers timers = new ExecutorTimers(timerThread, centreThread);
      LoadedConfig loaded = config.current();
      ContactCentre centre =
          onThread(
              centreThread,
              () -> new ContactCentre(loaded.centre(), clock, timers, new SecureRandom()));
      CentreService gateway =
          onThread(
              centreThread,
              () -> new CentreService(centre, centreThread, clock, timers, () -> reload(config)));
      ApiServer api =
          new ApiServer(
              gateway,
              new ConfiguredUsers(() -> config.current().centre()),
              new InMemoryIdempotencyKeys(100_000, Duration.ofHours(24), clock),
              ApiSettings.defaults(),
              clock);
      ServiceSettings service = loaded.service();
      api.start(service.httpAddress(), service.httpPort());
      QueueService started =
          new QueueService(config, centreThread, timerThread, centre, gateway, api);
      config.addListener(started.new ApplyReloads());
      config.start(CONFIG_POLL);
      LOG.info(
          "queue service: {} queues, {} agents; API on http://{}:{}",
          loaded.centre().queues().size(),
          loaded.centre().agents().size(),
          service.httpAddress(),
          api.port());
      return started;
    } catch (RuntimeException e) {
      centreThread.shutdownNow();
      timerThread.shutdownNow();
      config.close();
      throw e;
    }
  }

  private static org.switchboard.queue.service.definitions.CentreDefinition reload(
      ConfigWatcher config) {
    try {
      return config.reload().centre();
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Applies a good file the watcher noticed; a bad one is logged by the watcher and ignored. */
  private final class ApplyReloads implements ConfigWatcher.Listener {
    @Override
    public void configChanged(LoadedConfig next) {
      gateway.apply(next.centre());
    }

    @Override
    public void configRejected(ConfigException problems) {
      LOG.warn("the configuration file changed but is refused; the last good one stays in force");
    }
  }

  /** The HTTP port the API listens on (useful when the configuration asks for port 0). */
  public int httpPort() {
    return api.port();
  }

  /** The centre, for tests in this module that drive calls in without SIP. */
  ContactCentre centre() {
    return centre;
  }

  /** Runs {@code task} on the centre's thread and waits for it (tests). */
  <T> T onCentre(java.util.concurrent.Callable<T> task) {
    return onThread(centreThread, task);
  }

  private static <T> T onThread(ExecutorService thread, java.util.concurrent.Callable<T> task) {
    try {
      return thread.submit(task).get(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the centre did not answer within " + STOP_BOUND, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread thread = new Thread(r, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Stops the API, the watcher and the centre's threads. Idempotent. */
  @Override
  public void close() {
    api.stop();
    config.close();
    timerThread.shutdownNow();
    centreThread.shutdown();
    try {
      if (!centreThread.awaitTermination(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
        centreThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      centreThread.shutdownNow();
    }
    LOG.info("queue service stopped");
  }
}
