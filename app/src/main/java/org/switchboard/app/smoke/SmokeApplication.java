package org.switchboard.app.smoke;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * The smoke run's JavaFX side: a small real window, the toolkit and font checks, the runtime checks
 * on a {@code smoke-checks} thread, and the click-to-dial question for the run's link ({@link
 * SmokeLink}). Finishes the run once every part is done. Launched by {@link SmokeMode}, never
 * directly; runs on the JavaFX application thread.
 */
public final class SmokeApplication extends Application {
  /** What the launcher hands over before launching (JavaFX creates the Application itself). */
  record Setup(
      SmokeRun run,
      @Nullable SingleInstance instance,
      @Nullable DialLink link,
      Supplier<Check> fonts) {}

  private static @Nullable Setup handed;

  private int partsLeft;
  private @Nullable SmokeRun run;

  static synchronized void handOver(Setup setup) {
    handed = setup;
  }

  private static synchronized Setup takeSetup() {
    Setup setup = Objects.requireNonNull(handed, "launched without a setup");
    handed = null;
    return setup;
  }

  @Override
  public void start(Stage stage) {
    Setup setup = takeSetup();
    run = setup.run();
    Localizer localizer = new Localizer(Language.ENGLISH);
    showWindow(stage, localizer);
    boolean linkExpected = setup.link() != null || setup.run().options().waitForLink() != null;
    partsLeft = linkExpected ? 3 : 2;
    // Checked a pulse later, once the window has been laid out and put on the screen.
    Platform.runLater(
        () -> {
          setup.run().add(toolkit(stage));
          setup.run().add(setup.fonts().get());
          partDone();
        });
    Thread checks =
        new Thread(
            () -> {
              RuntimeChecks.all().forEach(setup.run()::add);
              Platform.runLater(this::partDone);
            },
            "smoke-checks");
    checks.setDaemon(true);
    checks.start();
    if (linkExpected) {
      new SmokeLink(setup.run(), localizer, stage, this::partDone)
          .start(setup.instance(), setup.link());
    }
  }

  private static void showWindow(Stage stage, Localizer localizer) {
    Label title = new Label();
    title.textProperty().bind(localizer.text("app.title"));
    title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
    Label checking = new Label();
    checking.setId("smokeChecking");
    checking.textProperty().bind(localizer.text("smoke.checking"));
    VBox root = new VBox(12, title, checking);
    root.setPadding(new Insets(24));
    stage.titleProperty().bind(localizer.text("app.title"));
    stage.setScene(new Scene(root, 480, 200));
    stage.show();
  }

  private static Check toolkit(Stage stage) {
    if (!stage.isShowing() || stage.getWidth() <= 0 || stage.getHeight() <= 0) {
      return Check.failed("toolkit", "the window did not show");
    }
    Rectangle2D screen = Screen.getPrimary().getBounds();
    return Check.passed(
        "toolkit",
        String.format(
            Locale.ROOT,
            "JavaFX %s showed a %.0fx%.0f window on a %.0fx%.0f screen",
            System.getProperty("javafx.runtime.version", "?"),
            stage.getWidth(),
            stage.getHeight(),
            screen.getWidth(),
            screen.getHeight()));
  }

  /** One part (window and fonts, runtime checks, the link) is done; the last one finishes. */
  private void partDone() {
    partsLeft--;
    if (partsLeft == 0) {
      Objects.requireNonNull(run).finish();
    }
  }
}
