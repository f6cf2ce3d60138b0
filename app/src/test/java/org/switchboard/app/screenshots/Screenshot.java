package org.switchboard.app.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.switchboard.app.boot.DesktopApplication;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.SettingsLocation;

/**
 * Shows the real desktop window (the production composition root) on a first start, i.e. the
 * first-run wizard, and writes a PNG of it: {@code Screenshot <language tag> <out.png>} (the wizard
 * starts in English; the tag only names the run). Run by take-screenshots.sh under Xvfb.
 */
public final class Screenshot {
  private Screenshot() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Path out = Path.of(args[1]);
    Path settingsDir = Files.createTempDirectory("switchboard-screenshot");
    System.setProperty(SettingsLocation.PROPERTY, settingsDir.toString());

    CountDownLatch done = new CountDownLatch(1);
    Platform.startup(
        () -> {
          try {
            Stage stage = new Stage();
            new DesktopApplication().start(stage);
          } catch (RuntimeException e) {
            System.err.println("the window did not start: " + e);
            done.countDown();
          }
        });
    Thread.sleep(2500); // loading, layout and the first frames
    Platform.runLater(
        () -> {
          try {
            Stage stage =
                (Stage) javafx.stage.Window.getWindows().stream().findFirst().orElseThrow();
            WritableImage image = stage.getScene().snapshot(null);
            Png.write(image, out);
            System.out.println(
                "wrote "
                    + out
                    + " ("
                    + (int) image.getWidth()
                    + "x"
                    + (int) image.getHeight()
                    + ")");
          } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot: " + e);
          } finally {
            done.countDown();
          }
        });
    boolean finished = done.await(20, TimeUnit.SECONDS);
    Platform.exit();
    System.exit(finished && Files.exists(out) ? 0 : 1);
  }
}
