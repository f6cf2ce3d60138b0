package org.switchboard.queue.service.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;

/**
 * Holds the service's current configuration, the last good one, and loads the file again when asked
 * ({@link #reload()}) or when it changes ({@link #start(Duration)}). A file that is refused changes
 * nothing: the last good configuration stays current, and listeners and the log get the problems.
 * The file is polled rather than watched with a {@code WatchService}, because editors and
 * deployment tools replace files in ways inotify reports unevenly (rename, truncate, write) and
 * polling also works on network file systems; a change is acted on once two polls in a row see the
 * same new content (the debounce), so a file half-written is not loaded.
 *
 * <p>Thread-safe: {@link #current()} may be read from any thread; reloads are serialised.
 */
public final class ConfigWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);
  private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(10);
  private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(1);

  /** Hears about reloads. */
  public interface Listener {
    /**
     * A reloaded file was good and is now {@link #current()}. Called on the thread that reloaded:
     * the {@code queue-config-watch} thread for a change to the file, or the caller of {@link
     * #reload()}; one reload at a time, in order. Must return quickly; a listener that throws is
     * logged and the others are still called.
     */
    void configChanged(LoadedConfig config);

    /**
     * A reloaded file was refused; the last good configuration stays current. Called on the same
     * thread as {@link #configChanged}, under the same rules.
     */
    void configRejected(ConfigException problems);
  }

  private final Path file;
  private final ConfigLoader loader;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private volatile LoadedConfig current;
  private byte @Nullable [] lastLoaded;
  private boolean changeSeen;
  private byte @Nullable [] pending;
  private @Nullable ScheduledExecutorService poller;

  private ConfigWatcher(Path file, ConfigLoader loader, byte[] content, LoadedConfig first) {
    this.file = file;
    this.loader = loader;
    this.lastLoaded = content;
    this.current = first;
  }

  /**
   * Loads {@code file} for the first time.
   *
   * @throws ConfigException when the file is refused: with no good configuration yet, the service
   *     cannot start
   */
  public static ConfigWatcher open(Path file, ConfigLoader loader) throws ConfigException {
    byte[] content = read(file);
    return new ConfigWatcher(file, loader, content, loader.load(file, content));
  }

  /** The last good configuration. */
  public LoadedConfig current() {
    return current;
  }

  /** The file watched. */
  public Path file() {
    return file;
  }

  /** Adds {@code listener}; closing the handle removes it. */
  public Subscription addListener(Listener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Loads the file again now. A good file becomes {@link #current()}; either way listeners hear of
   * the outcome on this thread before it returns.
   *
   * @return the new configuration
   * @throws ConfigException when the file is refused (the last good configuration stays)
   */
  public synchronized LoadedConfig reload() throws ConfigException {
    byte[] content = readOrNull(file);
    lastLoaded = content;
    changeSeen = false;
    pending = null;
    try {
      LoadedConfig loaded = content == null ? loader.load(file) : loader.load(file, content);
      current = loaded;
      LOG.info("Configuration {} reloaded", file);
      listeners.forEach(l -> tell(l, () -> l.configChanged(loaded)));
      return loaded;
    } catch (ConfigException e) {
      LOG.warn("{}; keeping the last good configuration", e.getMessage());
      listeners.forEach(l -> tell(l, () -> l.configRejected(e)));
      throw e;
    }
  }

  /**
   * Starts polling the file every {@code interval} on a daemon thread, {@code queue-config-watch}.
   * A change is loaded after at most two intervals.
   *
   * @throws IllegalArgumentException when {@code interval} is not between 10 ms and 1 minute
   * @throws IllegalStateException when already started
   */
  public synchronized void start(Duration interval) {
    if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
      throw new IllegalArgumentException("poll interval must be 10ms..1m, was " + interval);
    }
    if (poller != null) {
      throw new IllegalStateException("already watching " + file);
    }
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "queue-config-watch");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    started.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
    poller = started;
  }

  /**
   * One poll: notes a change to the file and reloads it once the next poll sees the same content.
   * The polling thread calls it; tests call it to drive the watcher without waiting.
   */
  synchronized void poll() {
    // Null (no file, or unreadable) is a state like any content: a file removed for good is
    // reported once, after the debounce, and not again.
    byte[] now = readOrNull(file);
    if (Arrays.equals(now, lastLoaded)) {
      changeSeen = false;
      pending = null;
      return;
    }
    if (changeSeen && Arrays.equals(now, pending)) {
      try {
        reload();
      } catch (ConfigException e) {
        // Logged and told to listeners by reload; the last good configuration stays.
      }
      return;
    }
    changeSeen = true;
    pending = now;
  }

  /** Stops polling. The configuration stays readable. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; the watch must outlive any surprise.
      LOG.error("Checking {} for changes failed", file, e);
    }
  }

  private static void tell(Listener listener, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.error("Configuration listener {} failed", listener, e);
    }
  }

  private static byte[] read(Path file) throws ConfigException {
    byte[] content = readOrNull(file);
    if (content == null) {
      Problems problems = new Problems(file);
      problems.addForFile(Files.exists(file) ? "cannot be read" : "no such file");
      throw problems.refusal();
    }
    return content;
  }

  private static byte @Nullable [] readOrNull(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }
}
