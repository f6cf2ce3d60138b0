package org.switchboard.app.smoke;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.dial.LinkConfirmationViewModel;
import org.switchboard.app.dial.LinkConfirmationWindow;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * The smoke run's click-to-dial part: the link from the run's own command line, or the first one a
 * second launch hands over within the wait, is put to the real question window ({@link
 * LinkConfirmationWindow}); once the question has been on screen, Cancel is pressed. It never
 * dials: a dial would fail the {@code linkConfirmation} check. JavaFX application thread, except
 * where the single instance calls in.
 */
final class SmokeLink {
  /** How long the question stays on screen before Cancel is pressed. */
  static final Duration SHOWN_FOR = Duration.millis(500);

  private final SmokeRun run;
  private final Runnable done;
  private final LinkConfirmationViewModel confirmation;
  private final LinkConfirmationWindow window;
  private boolean answered;
  private @Nullable DialLink dialled;

  SmokeLink(SmokeRun run, Localizer localizer, Stage owner, Runnable done) {
    this.run = Objects.requireNonNull(run, "run");
    this.done = Objects.requireNonNull(done, "done");
    confirmation =
        new LinkConfirmationViewModel(
            new LinkConfirmationViewModel.Dialler() {
              @Override
              public void show(DialLink link) {
                // The smoke window has no dialler; the question names the link.
              }

              @Override
              public void dial(DialLink link) {
                dialled = link;
              }
            },
            localizer);
    window = new LinkConfirmationWindow(confirmation, localizer, owner);
  }

  /** Asks about {@code first} at once, else listens on {@code instance} for the wait. */
  void start(@Nullable SingleInstance instance, @Nullable DialLink first) {
    if (first != null) {
      ask(first);
      return;
    }
    if (instance != null) {
      instance.onRequest(
          new SingleInstance.Handler() {
            @Override
            public void dial(DialLink link) {
              Platform.runLater(() -> ask(link));
            }

            @Override
            public void activate() {
              // Nothing to bring forward: the smoke window is already in front.
            }
          });
    }
    java.time.Duration wait = Objects.requireNonNull(run.options().waitForLink(), "wait");
    after(
        Duration.millis(wait.toMillis()),
        () -> {
          if (!answered && !confirmation.askingProperty().get()) {
            answered = true;
            run.add(
                Check.failed(
                    "linkConfirmation",
                    "no link was handed over within " + wait.toSeconds() + " s"));
            done.run();
          }
        });
  }

  private void ask(DialLink link) {
    if (answered || confirmation.askingProperty().get()) {
      return; // one link per run
    }
    confirmation.ask(link);
    String question = confirmation.questionProperty().get();
    after(SHOWN_FOR, () -> answer(link, question));
  }

  private void answer(DialLink link, String question) {
    boolean shown = window.stage().isShowing();
    window.pressCancel();
    answered = true;
    boolean closed = !window.stage().isShowing() && !confirmation.askingProperty().get();
    run.linkAnswered(link, shown);
    if (shown && closed && dialled == null) {
      run.add(
          Check.passed(
              "linkConfirmation",
              "asked '" + question + "' over the window, answered Cancel; nothing was dialled"));
    } else {
      run.add(
          Check.failed(
              "linkConfirmation",
              "shown: " + shown + ", closed by Cancel: " + closed + ", dialled: " + dialled));
    }
    window.close();
    done.run();
  }

  private static void after(Duration delay, Runnable action) {
    PauseTransition pause = new PauseTransition(delay);
    pause.setOnFinished(e -> action.run());
    pause.play();
  }
}
