package org.switchboard.app.call;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.app.settings.FakeDeviceRouting;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.testkit.ManualClock;

/**
 * Writes PNGs of the call panel in one language, light and dark (AtlantaFX Primer): two calls with
 * the keypad open and a notice that the headset was unplugged, the transfer pane, and a
 * consultation whose attended transfer the account refuses, and a queue service's consult on the
 * agent's own call with the target on the line: {@code CallPanelScreenshots <language tag> <dir>}.
 * The view is the production one on fake ports. Run by take-callpanel-screenshots.sh under Xvfb.
 */
public final class CallPanelScreenshots {

  private CallPanelScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Path dir = Path.of(args[1]);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false);
    started.await(10, TimeUnit.SECONDS);
    String family = ScreenshotSupport.onFx(ScreenshotSupport::loadFonts);
    int written = 0;
    for (String theme : List.of("light", "dark")) {
      ScreenshotSupport.onFx(
          () -> {
            Application.setUserAgentStylesheet(
                theme.equals("light")
                    ? new PrimerLight().getUserAgentStylesheet()
                    : new PrimerDark().getUserAgentStylesheet());
            return null;
          });
      written += shoot(dir, "talking", theme, language, family, CallPanelScreenshots::talking);
      written += shoot(dir, "transfer", theme, language, family, CallPanelScreenshots::transfer);
      written += shoot(dir, "consult", theme, language, family, CallPanelScreenshots::consult);
      written +=
          shoot(dir, "hosted-consult", theme, language, family, CallPanelScreenshots::hosted);
    }
    Platform.exit();
    System.exit(written == 8 ? 0 : 1);
  }

  private record Panel(
      FakeCallControl control,
      CallPanelViewModel vm,
      ManualClock clock,
      boolean rtl,
      FakeDeviceRouting routing) {
    String name(String english, String persian) {
      return rtl ? persian : english;
    }
  }

  private static Parent build(Language language, Consumer<Panel> script) {
    FakeCallControl control = new FakeCallControl();
    ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
    FakeTransferDirectory directory = new FakeTransferDirectory();
    if (language.rightToLeft()) {
      directory.targets.clear();
      directory.targets.addAll(
          List.of(
              new TransferTarget(TransferTarget.Kind.AGENT, "مریم رضایی", "2001", true, "تیم مالی"),
              new TransferTarget(
                  TransferTarget.Kind.AGENT, "علی کریمی", "2002", false, "تیم پشتیبانی"),
              new TransferTarget(
                  TransferTarget.Kind.QUEUE, "صف مالی", "sip:billing@example.com", true, "۳ منتظر"),
              FakeTransferDirectory.LAWYER));
    }
    Localizer localizer = new Localizer(language);
    CallsModel calls = new CallsModel(control, Runnable::run, clock);
    calls.start();
    CallPanelViewModel vm =
        new CallPanelViewModel(calls, directory, localizer, Runnable::run, clock);
    FakeAudioDevices devices = FakeAudioDevices.sample();
    FakeDeviceRouting routing = new FakeDeviceRouting(devices);
    routing.changeTo(
        AudioDeviceRole.PLAYBACK,
        new AudioDevice("usb-headset-out", "USB Headset", AudioDeviceRole.PLAYBACK),
        Reason.PREFERENCES);
    CallDevicesViewModel audio =
        new CallDevicesViewModel(
            devices, routing, localizer, Runnable::run, Runnable::run, (d, a) -> {});
    Parent root = new CallPanelView(vm, audio, localizer).root();
    script.accept(new Panel(control, vm, clock, language.rightToLeft(), routing));
    clock.advance(Duration.ofSeconds(125));
    vm.tick();
    return root;
  }

  private static Parent talking(Language language) {
    return build(
        language,
        p -> {
          p.control().talking("c1", p.name("Ada Lovelace", "سارا محمدی"), "+4930901820");
          p.control()
              .emit(
                  new CallEvent.QualityChanged(
                      new CallId("c1"),
                      new CallQuality(3.6, 2.5, Duration.ofMillis(28), Duration.ofMillis(90))));
          p.vm().toggleMute();
          p.vm().toggleKeypad();
          p.vm().sendDtmf('1');
          p.vm().sendDtmf('2');
          p.vm().sendDtmf('#');
          p.clock().advance(Duration.ofSeconds(50));
          p.control().ring("c2", p.name("Grace Hopper", "علی کریمی"), "+4930901821");
          p.routing()
              .changeTo(
                  AudioDeviceRole.PLAYBACK,
                  new AudioDevice("desk-out", "Desk speaker", AudioDeviceRole.PLAYBACK),
                  Reason.DEVICE_LOST);
        });
  }

  private static Parent transfer(Language language) {
    return build(
        language,
        p -> {
          p.control().talking("c1", p.name("Ada Lovelace", "سارا محمدی"), "+4930901820");
          p.vm().openTransfer();
          p.vm().transfer().selectedProperty().set(p.vm().transfer().targets().get(0));
        });
  }

  private static Parent consult(Language language) {
    return build(
        language,
        p -> {
          p.control()
              .failing
              .put("attendedTransfer", "attended transfer is not supported by this account");
          p.control().talking("c1", p.name("Ada Lovelace", "سارا محمدی"), "+4930901820");
          p.vm().openTransfer();
          p.vm().transfer().selectedProperty().set(p.vm().transfer().targets().get(0));
          p.vm().consult();
          p.control().emit(new CallEvent.Answered(new CallId("d1")));
          p.vm().completeTransfer();
        });
  }

  private static Parent hosted(Language language) {
    return build(
        language,
        p -> {
          p.control().hosted.calls.add(new CallId("c1"));
          p.control().talking("c1", p.name("Ada Lovelace", "سارا محمدی"), "+4930901820");
          p.vm().openTransfer();
          p.vm().transfer().selectedProperty().set(p.vm().transfer().targets().get(0));
          p.vm().consult();
          p.control().hosted.progress("c1", HostedConsults.State.ANSWERED);
        });
  }

  private interface Screen {
    Parent build(Language language);
  }

  private static int shoot(
      Path dir,
      String name,
      String theme,
      Language language,
      @Nullable String family,
      Screen screen)
      throws Exception {
    Path out = dir.resolve("callpanel-" + name + "-" + theme + "-" + language.tag() + ".png");
    AtomicReference<@Nullable Stage> stage = new AtomicReference<>();
    ScreenshotSupport.onFx(
        () -> {
          Parent root = screen.build(language);
          if (family != null && language.rightToLeft()) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
          }
          Stage s = new Stage();
          s.setScene(new Scene(root));
          s.show();
          stage.set(s);
          return null;
        });
    Thread.sleep(800); // layout and the first frames
    return ScreenshotSupport.onFx(
        () -> {
          Stage s = stage.get();
          if (s == null) {
            return 0;
          }
          WritableImage image = s.getScene().snapshot(null);
          Png.write(image, out);
          s.close();
          System.out.println("wrote " + out);
          return 1;
        });
  }
}
