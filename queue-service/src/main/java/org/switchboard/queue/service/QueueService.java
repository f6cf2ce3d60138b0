package org.switchboard.queue.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.switchboard.queue.service.calls.CentreCommands;
import org.switchboard.queue.service.calls.ServiceTelephony;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.config.ConfigException;
import org.switchboard.queue.service.config.ConfigLoader;
import org.switchboard.queue.service.config.ConfigWatcher;
import org.switchboard.queue.service.config.LoadedConfig;
import org.switchboard.queue.service.config.ServiceSettings;
import org.switchboard.queue.service.gateway.CentreService;
import org.switchboard.queue.service.gateway.ConfiguredUsers;
import org.switchboard.queue.service.gateway.OutsideDialler;
import org.switchboard.queue.service.persistence.BindingKeeper;
import org.switchboard.queue.service.persistence.Heartbeat;
import org.switchboard.queue.service.persistence.JdbcIdempotencyKeys;
import org.switchboard.queue.service.persistence.Restorer;
import org.switchboard.queue.service.persistence.StoreWriter;
import org.switchboard.queue.service.persistence.WriterSettings;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.IdempotencyKeys;
import org.switchboard.queue.service.store.Recovery;
import org.switchboard.queue.service.store.RecoveryReport;
import org.switchboard.queue.service.store.SavedBindings;
import org.switchboard.queue.service.store.ServiceRuns;
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
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);

  private final ConfigWatcher config;
  private final ExecutorService centreThread;
  private final ScheduledExecutorService timerThread;
  private final ContactCentre centre;
  private final CentreService gateway;
  private final Storage storage;
  private final ServiceTelephony telephony;
  private final ApiServer api;

  /** The store's parts, started before the centre takes anything. */
  private record Storage(Database database, StoreWriter writer, Heartbeat heartbeat) {}

  private QueueService(
      ConfigWatcher config,
      ExecutorService centreThread,
      ScheduledExecutorService timerThread,
      ContactCentre centre,
      CentreService gateway,
      Storage storage,
      ServiceTelephony telephony,
      ApiServer api) {
    this.config = config;
    this.centreThread = centreThread;
    this.timerThread = timerThread;
    this.centre = centre;
    this.gateway = gateway;
    this.storage = storage;
    this.telephony = telephony;
    this.api = api;
  }

  /**
   * Starts the service from {@code configFile}: the store (recovering from a crash), the centre
   * with the agents' saved states, SIP and media, and the API.
   *
   * @throws ConfigException listing every problem of the file, with its line
   * @throws IllegalStateException when a part cannot start (a port in use, say), naming it
   */
  public static QueueService start(Path configFile, Clock clock) throws ConfigException {
    ConfigWatcher config = ConfigWatcher.open(configFile, new ConfigLoader());
    LoadedConfig loaded = config.current();
    ServiceSettings service = loaded.service();
    Database database = Database.open(service.store());
    ExecutorService centreThread =
        Executors.newSingleThreadExecutor(r -> daemon(r, "queue-centre"));
    ScheduledExecutorService timerThread =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "queue-timers"));
    List<AutoCloseable> started = new ArrayList<>();
    try {
      RecoveryReport recovery = new Recovery(database).start(clock.instant());
      Timers timers = new ExecutorTimers(timerThread, centreThread);
      StoreWriter writer = StoreWriter.start(database, clock, WriterSettings.defaults());
      started.add(writer);
      ContactCentre centre =
          onThread(
              centreThread,
              () -> {
                ContactCentre made =
                    new ContactCentre(loaded.centre(), clock, timers, new SecureRandom());
                made.addListener(writer);
                Restorer.Result restored = Restorer.restore(made, recovery.agents());
                LOG.info(
                    "restored {} agents{}; {} waiting and {} connected calls closed after a crash",
                    restored.restored().size(),
                    restored.skipped().isEmpty() ? "" : " (skipped " + restored.skipped() + ")",
                    recovery.waitingClosed(),
                    recovery.connectedClosed());
                return made;
              });
      Heartbeat heartbeat =
          Heartbeat.start(
              writer, new ServiceRuns(database), recovery.runId(), clock, timers, HEARTBEAT);
      Storage storage = new Storage(database, writer, heartbeat);
      CentreService gateway =
          onThread(
              centreThread,
              () -> new CentreService(centre, centreThread, clock, timers, () -> reload(config)));
      ServiceTelephony telephony =
          ServiceTelephony.start(
              service, () -> config.current().centre(), commands(centreThread, centre));
      started.add(telephony);
      telephony
          .registrar()
          .ifPresent(r -> BindingKeeper.start(r, new SavedBindings(database), writer, clock));
      gateway.useOutsideDialler(OutsideDialler.of(telephony::transferOut, telephony::consultOut));
      onThread(centreThread, () -> centre.addListener(telephony.centreListener()));
      ApiServer api =
          new ApiServer(
              gateway,
              new ConfiguredUsers(() -> config.current().centre()),
              new JdbcIdempotencyKeys(new IdempotencyKeys(database), Duration.ofHours(24), clock),
              ApiSettings.defaults(),
              clock);
      api.start(service.httpAddress(), service.httpPort());
      QueueService queue =
          new QueueService(
              config, centreThread, timerThread, centre, gateway, storage, telephony, api);
      config.addListener(queue.new ApplyReloads());
      config.start(CONFIG_POLL);
      LOG.info(
          "queue service: {} queues, {} agents; API on http://{}:{}, SIP on {}:{}",
          loaded.centre().queues().size(),
          loaded.centre().agents().size(),
          service.httpAddress(),
          api.port(),
          service.sipAddress(),
          telephony.sipPort());
      return queue;
    } catch (RuntimeException e) {
      for (AutoCloseable part : started) {
        closeQuietly(part);
      }
      centreThread.shutdownNow();
      timerThread.shutdownNow();
      config.close();
      database.close();
      throw e;
    }
  }

  /** Commands from the calls' thread, run later on the centre's thread; refusals are logged. */
  private static CentreCommands commands(ExecutorService centreThread, ContactCentre centre) {
    return (what, command) ->
        centreThread.execute(
            () -> {
              try {
                command.accept(centre);
              } catch (RuntimeException e) {
                LOG.info("{}: refused by the centre: {}", what, e.getMessage());
              }
            });
  }

  private static void closeQuietly(AutoCloseable part) {
    try {
      part.close();
    } catch (Exception e) {
      LOG.warn("stopping {} failed", part.getClass().getSimpleName(), e);
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
      telephony.answerEntryPoints(next.centre());
    }

    @Override
    public void configRejected(ConfigException problems) {
      LOG.warn("the configuration file changed but is refused; the last good one stays in force");
    }
  }

  /** The API's base address, e.g. {@code http://127.0.0.1:8070}. */
  public String apiAddress() {
    return "http://" + config.current().service().httpAddress() + ":" + api.port();
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

  /** The SIP port the front end listens on. */
  public int sipPort() {
    return telephony.sipPort();
  }

  /**
   * Stops cleanly: the API, then SIP and media (calls are hung up and the centre hears of it), then
   * the store once everything is written, so the next start knows this was no crash.
   */
  @Override
  public void close() {
    api.stop();
    config.close();
    telephony.close();
    try {
      onThread(centreThread, () -> null); // the hang-ups' commands have run
    } catch (RuntimeException e) {
      LOG.warn("the centre did not settle before stopping", e);
    }
    if (!storage.heartbeat().stopCleanly(STOP_BOUND)) {
      LOG.warn("not everything reached the store; the next start will treat this stop as a crash");
    }
    storage.writer().close(STOP_BOUND);
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
    storage.database().close();
    LOG.info("queue service stopped");
  }
}
