package org.switchboard.app.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.screenshots.Png;
import org.switchboard.app.theme.Theme;

/**
 * The whole desktop over the demo telephony and the sample customers, for review: {@code
 * WorkspaceScreenshots <lang> <light|dark> <out dir>} writes workspace-ringing, workspace-incoming
 * (the notification window), workspace-call, workspace-wrapup and workspace-link (the question
 * before dialling a link) PNGs. Run by take-workspace-screenshots.sh under Xvfb.
 */
public final class WorkspaceScreenshots {
  private WorkspaceScreenshots() {}

  @SuppressWarnings("NullAway") // the desktop is set on the JavaFX thread before it is read
  public static void main(String[] args) throws Exception {
    Language language = Language.fromTag(args[0]).orElseThrow();
    Theme theme = args[1].equals("dark") ? Theme.DARK : Theme.LIGHT;
    Path out = Path.of(args[2]);
    int scale = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    String name = "-" + args[0] + "-" + args[1] + (scale == 100 ? "" : "-" + scale) + ".png";
    DemoDesktop demo =
        new DemoDesktop(Files.createTempDirectory("sb-shots"), language, theme, scale);
    if (!java.awt.GraphicsEnvironment.isHeadless()) {
      java.awt.Toolkit.getDefaultToolkit(); // before GTK, as DesktopMain does
    }
    AtomicReference<Desktop> desktop = new AtomicReference<>();
    Platform.startup(
        () -> desktop.set(Desktop.open(new Stage(), demo.env, link -> {}, demo::start)));
    waitFor(() -> desktop.get() != null && desktop.get().workspace() != null);
    Desktop d = java.util.Objects.requireNonNull(desktop.get());
    on(() -> demo.telephony.ring("c1", "Mina Rahimi", "2001", "Billing", 47));
    Thread.sleep(1500);
    shoot(d.stage(), out.resolve("workspace-ringing" + name));
    for (Window w : on(() -> java.util.List.copyOf(Window.getWindows()))) {
      if (w != d.stage() && w.isShowing()) {
        shoot((Stage) w, out.resolve("workspace-incoming" + name));
      }
    }
    on(() -> demo.telephony.answer(new org.switchboard.core.call.CallId("c1")));
    on(() -> demo.telephony.quality("c1", 4.2));
    on(
        () ->
            ((TextInputControl) d.stage().getScene().lookup("#wrapup-notes"))
                .setText("Asked about invoice 2026-114; refund promised."));
    Thread.sleep(1200);
    shoot(d.stage(), out.resolve("workspace-call" + name));
    on(() -> demo.telephony.hangup(new org.switchboard.core.call.CallId("c1")));
    Thread.sleep(1200);
    shoot(d.stage(), out.resolve("workspace-wrapup" + name));
    // A link handed over by a second start: the question before dialling.
    Workspace w = java.util.Objects.requireNonNull(d.workspace());
    on(() -> w.askToDial(org.switchboard.app.links.DialLink.parse("sip:2002@pbx.example.com")));
    Thread.sleep(1200);
    for (Window window : on(() -> java.util.List.copyOf(Window.getWindows()))) {
      if (window != d.stage() && window.isShowing()) {
        shoot((Stage) window, out.resolve("workspace-link" + name));
      }
    }
    on(() -> d.close());
    Platform.exit();
    System.exit(0);
  }

  private static void shoot(Stage stage, Path file) throws Exception {
    on(
        () -> {
          try {
            Png.write(stage.getScene().snapshot(null), file);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return null;
        });
    System.out.println("wrote " + file);
  }

  private static void on(Runnable action) throws Exception {
    on(
        () -> {
          action.run();
          return null;
        });
  }

  @SuppressWarnings("NullAway") // a result is whatever the action returned
  private static <T> T on(java.util.concurrent.Callable<T> action) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Platform.runLater(
        () -> {
          try {
            result.set(action.call());
          } catch (Exception e) {
            failure.set(e);
          } finally {
            done.countDown();
          }
        });
    if (!done.await(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the JavaFX thread did not answer");
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
  }
}
