package org.switchboard.app.screenshots;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.dial.DialerView;
import org.switchboard.app.dial.DialerViewModel;
import org.switchboard.app.dial.FakeCallControl;
import org.switchboard.app.dial.NumberNormaliser;
import org.switchboard.app.history.CallHistory;
import org.switchboard.app.history.HistoryEntry;
import org.switchboard.app.history.HistoryView;
import org.switchboard.app.history.HistoryViewModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;

/**
 * Writes PNGs of the dialler (a number with its hint, an error) and the call history in one
 * language and theme: {@code DialingScreenshots <language tag> <light|dark> <dir>}. Production
 * views on sample data; AtlantaFX Primer theme; Vazirmatn for right-to-left languages. Run by
 * take-dialing-screenshots.sh under Xvfb.
 */
public final class DialingScreenshots {
  private static final String FONT = "/org/switchboard/app/fonts/Vazirmatn-Regular.ttf";
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant T0 = Instant.parse("2025-03-14T09:05:00Z");

  private DialingScreenshots() {}

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
              try (InputStream in = DialingScreenshots.class.getResourceAsStream(FONT)) {
                Font font = in == null ? null : Font.loadFont(in, 13);
                return font == null ? null : font.getFamily();
              }
            });
    String suffix = language.tag() + "-" + args[1];
    Path data = Files.createTempDirectory("dialing-screenshots");
    int written = 0;
    written +=
        shoot(
            dir.resolve("dial-number-" + suffix + ".png"),
            language,
            family,
            l -> dialer(l, "030 1234567"));
    written +=
        shoot(
            dir.resolve("dial-error-" + suffix + ".png"), language, family, l -> dialer(l, "12ab"));
    written +=
        shoot(
            dir.resolve("dial-history-" + suffix + ".png"),
            language,
            family,
            l -> history(l, data, language.rightToLeft()));
    Platform.exit();
    System.exit(written == 3 ? 0 : 1);
  }

  private static DialerViewModel dialerViewModel(Localizer localizer) {
    CallsModel calls = new CallsModel(new FakeCallControl(), Runnable::run, Clock.systemUTC());
    return new DialerViewModel(calls, new NumberNormaliser("DE"), localizer, Runnable::run);
  }

  private static Parent dialer(Localizer localizer, String typed) {
    DialerViewModel vm = dialerViewModel(localizer);
    vm.rememberLastDialled("+4940123456");
    vm.numberProperty().set(typed);
    return new DialerView(vm, localizer).root();
  }

  private static Parent history(Localizer localizer, Path data, boolean rtl) {
    CallHistory store = new CallHistory(data.resolve(rtl ? "fa" : "en"));
    store.append(
        entry(
            "c1",
            HistoryEntry.Kind.INBOUND,
            rtl ? "سارا محمدی" : "Ada Lovelace",
            "+4930123456",
            0,
            65,
            "sale"));
    store.append(entry("c2", HistoryEntry.Kind.OUTBOUND, null, "2002", 20, 754, null));
    store.append(
        entry(
            "c3", HistoryEntry.Kind.MISSED, rtl ? "مریم" : "Mary", "+982188776655", 95, -1, null));
    store.append(entry("c4", HistoryEntry.Kind.MISSED, null, null, 140, -1, null));
    CallsModel calls = new CallsModel(new FakeCallControl(), Runnable::run, Clock.systemUTC());
    HistoryViewModel vm =
        new HistoryViewModel(
            store,
            calls,
            dialerViewModel(localizer),
            localizer,
            Runnable::run,
            Runnable::run,
            ZONE);
    vm.start();
    return new HistoryView(vm, localizer).root();
  }

  private static HistoryEntry entry(
      String id,
      HistoryEntry.Kind kind,
      @Nullable String name,
      @Nullable String number,
      long minutes,
      long talked,
      @Nullable String disposition) {
    Instant started = T0.plus(Duration.ofMinutes(minutes));
    Instant answered = talked < 0 ? null : started.plusSeconds(4);
    return new HistoryEntry(
        new CallId(id),
        kind,
        number == null ? "sip:anonymous@anonymous.invalid" : "sip:" + number + "@pbx.example.com",
        name,
        number,
        started,
        answered,
        answered == null ? started.plusSeconds(20) : answered.plusSeconds(talked),
        EndReason.REMOTE_HANGUP,
        disposition);
  }

  private static int shoot(
      Path out, Language language, @Nullable String family, Function<Localizer, Parent> content)
      throws Exception {
    Stage stage =
        ScreenshotSupport.onFx(
            () -> {
              Parent root = content.apply(new Localizer(language));
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
