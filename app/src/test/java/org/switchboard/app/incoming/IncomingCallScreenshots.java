package org.switchboard.app.incoming;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.WritableImage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.screenshots.Png;
import org.switchboard.app.screenshots.ScreenshotSupport;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.RemoteParty;
import org.testfx.api.FxToolkit;

/**
 * Writes PNGs of the incoming-call notification with two ringing calls (one from a queue with a
 * known customer, one unknown caller without a name) in one language, light and dark (AtlantaFX
 * Primer): {@code IncomingCallScreenshots <language tag> <dir>} writes {@code
 * incoming-<tag>-light.png} and {@code incoming-<tag>-dark.png}. Renders on Monocle headless, so no
 * display is needed; the bundled Vazirmatn font is used for right-to-left languages as the desktop
 * does. Command: see app/README.md.
 */
public final class IncomingCallScreenshots {

  private IncomingCallScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Path dir = Path.of(args[1]);
    System.setProperty("testfx.robot", "glass");
    System.setProperty("testfx.headless", "true");
    System.setProperty("prism.order", "sw");
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("java.awt.headless", "true");
    FxToolkit.registerPrimaryStage();
    Platform.setImplicitExit(false);
    String family = ScreenshotSupport.onFx(ScreenshotSupport::loadFonts);
    int written = 0;
    for (boolean dark : new boolean[] {false, true}) {
      Path out = dir.resolve("incoming-" + language.tag() + (dark ? "-dark" : "-light") + ".png");
      written += shoot(language, dark, family, out);
    }
    System.exit(written == 2 ? 0 : 1);
  }

  private static int shoot(Language language, boolean dark, @Nullable String family, Path out)
      throws Exception {
    FakeCallControl control = new FakeCallControl();
    FakeAgentSession session = new FakeAgentSession();
    boolean rtl = language.rightToLeft();
    IncomingCallWindow window =
        ScreenshotSupport.onFx(
            () -> {
              Application.setUserAgentStylesheet(
                  dark
                      ? new PrimerDark().getUserAgentStylesheet()
                      : new PrimerLight().getUserAgentStylesheet());
              Localizer localizer = new Localizer(language);
              Clock clock =
                  Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), Clock.systemUTC().getZone());
              CallsModel calls = new CallsModel(control, Runnable::run, clock);
              calls.start();
              IncomingCallViewModel vm =
                  new IncomingCallViewModel(
                      calls,
                      session,
                      id ->
                          new ReadOnlyStringWrapper(
                              id.value().equals("c1")
                                  ? localizer.get("incoming.summary.unknown")
                                  : (rtl
                                      ? "مریم احمدی · پارس‌تجارت"
                                      : "Ada Lovelace · Analytical Engines")),
                      Ringer.silent(),
                      localizer,
                      Runnable::run,
                      clock);
              vm.start();
              IncomingCallWindow w = new IncomingCallWindow(vm, localizer);
              if (family != null && rtl) {
                w.stage().getScene().getRoot().setStyle("-fx-font-family: \"" + family + "\";");
              }
              control.emit(
                  new CallEvent.Incoming(
                      new CallId("c1"),
                      new RemoteParty(
                          "sip:+982188776655@example.com", null, number("+982188776655")),
                      Map.of()));
              // A queue service's offer: the customer's number, the number dialled and what the
              // IVR collected, as the queue client attaches them.
              session.offer(
                  new Offer(
                      new CallId("c2"),
                      "i-c2",
                      rtl ? "پشتیبانی" : "Support",
                      Duration.ofSeconds(83),
                      Map.of(
                          "ani", "+4930901820",
                          "dnis", "100",
                          "account", "4711",
                          "product", rtl ? "وام" : "loans")));
              control.incoming("c2", "+4930901820", rtl ? "مریم احمدی" : "Ada Lovelace");
              return w;
            });
    Thread.sleep(800); // layout and the first frames
    return ScreenshotSupport.onFx(
        () -> {
          WritableImage image = window.stage().getScene().snapshot(null);
          Png.write(image, out);
          window.close();
          System.out.println(
              "wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
          return 1;
        });
  }

  private static org.switchboard.core.call.PhoneNumber number(String value) {
    return new org.switchboard.core.call.PhoneNumber(value);
  }
}
