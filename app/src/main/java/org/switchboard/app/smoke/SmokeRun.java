package org.switchboard.app.smoke;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.links.DialLink;

/**
 * One smoke run's findings and its end: checks are added as they complete (from any thread), and
 * {@link #finish()} writes the report and exits, 0 when every check passed and 1 otherwise, exactly
 * once. A watchdog finishes the run with a failed {@code timeout} check when it outlives its bound,
 * so a hung toolkit or check still ends with a report.
 */
public final class SmokeRun {
  /** Time for everything but the wait for a link: the toolkit, the window and the checks. */
  static final Duration CHECKS_BOUND = Duration.ofSeconds(60);

  private final SmokeOptions options;
  private final IntConsumer exit;
  private final List<Check> checks = new ArrayList<>();
  private final List<AutoCloseable> closeAtEnd = new ArrayList<>();
  private final AtomicBoolean finished = new AtomicBoolean();
  private @Nullable String link;
  private boolean confirmationShown;

  /**
   * @param exit ends the process with a code ({@code System::exit}; a recorder in tests)
   */
  public SmokeRun(SmokeOptions options, IntConsumer exit) {
    this.options = Objects.requireNonNull(options, "options");
    this.exit = Objects.requireNonNull(exit, "exit");
  }

  /** How long a run may take: the checks' bound plus the wait for a link. */
  public static Duration bound(SmokeOptions options) {
    Duration wait = options.waitForLink();
    return wait == null ? CHECKS_BOUND : CHECKS_BOUND.plus(wait);
  }

  public SmokeOptions options() {
    return options;
  }

  /** Records a finished check. Any thread. */
  public synchronized void add(Check check) {
    checks.add(Objects.requireNonNull(check, "check"));
  }

  /** Records the link the run was given or handed and whether its question was shown. */
  public synchronized void linkAnswered(DialLink answered, boolean shown) {
    link = answered.asText();
    confirmationShown = shown;
  }

  /** Closes {@code resource} (the single-instance listener) when the run finishes. */
  public synchronized void closeAtEnd(AutoCloseable resource) {
    closeAtEnd.add(resource);
  }

  /** Starts the watchdog: after {@code limit} the run finishes, failed, whatever it is doing. */
  public void startWatchdog(Duration limit) {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(limit.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              add(Check.failed("timeout", "the smoke test did not finish within " + limit));
              finish();
            },
            "smoke-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** The report as it stands. */
  public synchronized SmokeReport report() {
    String fx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version"));
    return new SmokeReport(
        System.getProperty("java.home", ""),
        Runtime.version().toString(),
        fx,
        checks,
        link,
        confirmationShown);
  }

  /**
   * Writes the report and exits: 0 when every check passed, 1 otherwise (also when the report
   * cannot be written). Only the first call does anything; any thread.
   *
   * @return whether this call finished the run
   */
  public boolean finish() {
    if (!finished.compareAndSet(false, true)) {
      return false;
    }
    SmokeReport report = report();
    int code = report.ok() ? 0 : 1;
    try {
      report.write(options.report());
    } catch (IOException | RuntimeException e) {
      System.err.println("switchboard: cannot write the smoke report: " + e);
      code = 1;
    }
    List<AutoCloseable> resources;
    synchronized (this) {
      resources = List.copyOf(closeAtEnd);
    }
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("switchboard: closing after the smoke test failed: " + e);
      }
    }
    exit.accept(code);
    return true;
  }
}
