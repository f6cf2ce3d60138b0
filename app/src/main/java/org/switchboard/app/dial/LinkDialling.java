package org.switchboard.app.dial;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * Click-to-dial in the running desktop: a link handed over by a later start brings the window
 * forward, shows the link in the dialler and asks the agent whether to call it ({@link
 * LinkConfirmationViewModel}); it never dials by itself. Called on the {@code single-instance}
 * thread; everything it does runs on the {@code ui} executor.
 */
public final class LinkDialling implements SingleInstance.Handler {
  private final LinkConfirmationViewModel confirmation;
  private final Executor ui;
  private final Runnable bringForward;

  /**
   * @param confirmation asks before dialling; used on {@code ui}
   * @param ui the JavaFX thread ({@code Platform::runLater}; direct in tests)
   * @param bringForward shows the window and the dialler (e.g. de-iconify, {@code toFront}, select
   *     the dialler's tab, focus the number); run on {@code ui}
   */
  public LinkDialling(LinkConfirmationViewModel confirmation, Executor ui, Runnable bringForward) {
    this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.bringForward = Objects.requireNonNull(bringForward, "bringForward");
  }

  @Override
  public void dial(DialLink link) {
    ui.execute(
        () -> {
          bringForward.run();
          confirmation.ask(link);
        });
  }

  @Override
  public void activate() {
    ui.execute(bringForward);
  }
}
