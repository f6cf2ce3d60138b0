package org.switchboard.app.dial;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * Click-to-dial in the running desktop: a link handed over by a later start brings the window
 * forward, shows the link in the dialler and dials it. Called on the {@code single-instance}
 * thread; everything it does runs on the {@code ui} executor.
 */
public final class LinkDialling implements SingleInstance.Handler {
  private final DialerViewModel dialer;
  private final Executor ui;
  private final Runnable bringForward;

  /**
   * @param ui the JavaFX thread ({@code Platform::runLater}; direct in tests)
   * @param bringForward shows the window and the dialler (e.g. de-iconify, {@code toFront}, select
   *     the dialler's tab, focus the number); run on {@code ui}
   */
  public LinkDialling(DialerViewModel dialer, Executor ui, Runnable bringForward) {
    this.dialer = Objects.requireNonNull(dialer, "dialer");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.bringForward = Objects.requireNonNull(bringForward, "bringForward");
  }

  @Override
  public void dial(DialLink link) {
    ui.execute(
        () -> {
          bringForward.run();
          dialer.dial(link);
        });
  }

  @Override
  public void activate() {
    ui.execute(bringForward);
  }
}
