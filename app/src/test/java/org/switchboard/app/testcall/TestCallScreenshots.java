package org.switchboard.app.testcall;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.screenshots.Png;
import org.switchboard.app.screenshots.ScreenshotSupport;

/**
 * Writes PNGs of the test call window in one language and theme: {@code TestCallScreenshots
 * <language tag> <light|dark> <dir>} writes {@code testcall-connected-<tag>-<theme>.png} (in the
 * IVR, keys 1 and 2 sent) and {@code testcall-ended-<tag>-<theme>.png} (the centre refused the
 * call). Production view on a stand-in phone; Vazirmatn for right-to-left languages. Run by
 * take-testcall-screenshots.sh under Xvfb.
 */
public final class TestCallScreenshots {
  private TestCallScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    boolean dark = args[1].equals("dark");
    Path dir = Path.of(args[2]);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false);
    started.await(10, TimeUnit.SECONDS);
    @Nullable String family =
        ScreenshotSupport.onFx(
            () -> {
              Application.setUserAgentStylesheet(
                  dark
                      ? new PrimerDark().getUserAgentStylesheet()
                      : new PrimerLight().getUserAgentStylesheet());
              return ScreenshotSupport.loadFonts();
            });
    String suffix = language.tag() + "-" + args[1];
    int written =
        shoot(dir.resolve("testcall-connected-" + suffix + ".png"), language, family, true);
    written += shoot(dir.resolve("testcall-ended-" + suffix + ".png"), language, family, false);
    Platform.exit();
    System.exit(written == 2 ? 0 : 1);
  }

  private static Parent window(Localizer text, boolean connected) {
    FakeCustomerPhone phone = new FakeCustomerPhone();
    TestCallViewModel vm =
        new TestCallViewModel(phone, TestCallTarget.localCentre(5070), text, Runnable::run);
    vm.dial();
    if (connected) {
      phone.answer();
      vm.press('1');
      vm.press('2');
    } else {
      phone.end(CustomerPhone.EndKind.REFUSED, "unavailable (404 Not Found)");
    }
    return new TestCallView(vm, text).root();
  }

  private static int shoot(Path out, Language language, @Nullable String family, boolean connected)
      throws Exception {
    Stage stage =
        ScreenshotSupport.onFx(
            () -> {
              Parent root = window(new Localizer(language), connected);
              if (family != null && language.rightToLeft()) {
                root.setStyle("-fx-font-family: \"" + family + "\";");
              }
              Stage s = new Stage();
              s.setScene(new Scene(root));
              s.show();
              return s;
            });
    Thread.sleep(800); // layout and the first frames
    return ScreenshotSupport.onFx(
        () -> {
          WritableImage image = stage.getScene().snapshot(null);
          Png.write(image, out);
          stage.close();
          System.out.println("wrote " + out);
          return 1;
        });
  }
}
