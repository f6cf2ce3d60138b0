package org.switchboard.app.smoke;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * Runs the smoke test from the desktop's launcher, after the normal single-instance start: starts
 * the watchdog, launches {@link SmokeApplication}, and still writes a report when the toolkit
 * cannot start (no display). Never returns normally: the run ends the process.
 */
public final class SmokeMode {
  private SmokeMode() {}

  /**
   * @param instance this start's single-instance listener; empty when another desktop was already
   *     running for this user (and took the request), which fails the run
   * @param link the link on the command line, null for none
   * @param fonts loads the bundled fonts and reports on them; called on the JavaFX thread
   * @param args the program's arguments, for JavaFX
   */
  public static void run(
      SmokeOptions options,
      Optional<SingleInstance> instance,
      @Nullable DialLink link,
      Supplier<Check> fonts,
      String[] args) {
    SmokeRun run = new SmokeRun(options, code -> Runtime.getRuntime().exit(code));
    run.startWatchdog(SmokeRun.bound(options));
    if (instance.isEmpty()) {
      run.add(
          Check.failed(
              "singleInstance",
              "another Switchboard desktop is running for this user; close it and run again"));
      run.finish();
      return;
    }
    run.add(Check.passed("singleInstance", "listening on loopback port " + instance.get().port()));
    run.closeAtEnd(instance.get());
    SmokeApplication.handOver(new SmokeApplication.Setup(run, instance.get(), link, fonts));
    try {
      Application.launch(SmokeApplication.class, args);
    } catch (RuntimeException | Error e) {
      run.add(Check.threw("toolkit", e));
      RuntimeChecks.all().forEach(run::add);
    }
    run.finish();
  }
}
