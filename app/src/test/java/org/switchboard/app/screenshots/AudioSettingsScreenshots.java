package org.switchboard.app.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AudioPorts;
import org.switchboard.app.settings.DeviceListViewModel;
import org.switchboard.app.settings.DeviceTestsViewModel.Test;
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeDeviceChecks;
import org.switchboard.app.settings.FakeDeviceRouting;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsView;
import org.switchboard.app.settings.SettingsViewModel;
import org.switchboard.app.settings.SettingsViewModel.Section;
import org.switchboard.app.theme.Theme;
import org.switchboard.app.theme.Themes;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * Writes a PNG of the settings' audio section with sample devices (a saved headset not plugged in,
 * the device in use, a microphone's processing, the meter and test results): {@code
 * AudioSettingsScreenshots <language tag> <light|dark> <dir>}. Production views on fake ports. Run
 * by take-audio-screenshots.sh under Xvfb.
 */
public final class AudioSettingsScreenshots {
  private static final String SAVED =
      """
      {"host": "pbx.example.com", "user": "1001", "domain": "example.com",
       "audio": {
        "microphones": ["jabra-in", "usb-headset-in", "laptop-in"],
        "speakers": ["usb-headset-out", "laptop-out"],
        "ringers": ["usb-headset-out", "laptop-out"],
        "ringOnAll": true,
        "processing": [{"device": "laptop-in", "echoCancellation": true,
                        "noiseSuppression": true, "automaticGain": false}]}}
      """;

  private AudioSettingsScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Theme theme = Theme.fromTag(args[1]).orElseThrow(() -> new IllegalArgumentException(args[1]));
    Path out =
        Path.of(args[2])
            .resolve("settings-audio-devices-" + language.tag() + "-" + theme.tag() + ".png");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false);
    started.await(10, TimeUnit.SECONDS);
    String family = ScreenshotSupport.onFx(ScreenshotSupport::loadFonts);
    ScreenshotSupport.onFx(
        () -> {
          Themes.apply(theme);
          return null;
        });
    Stage[] stage = new Stage[1];
    ScreenshotSupport.onFx(
        () -> {
          Parent root = section(language);
          if (family != null && language.rightToLeft()) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
          }
          stage[0] = new Stage();
          stage[0].setScene(new Scene(root, 1100, 1320));
          stage[0].show();
          return null;
        });
    Thread.sleep(800); // layout and the first frames
    ScreenshotSupport.onFx(
        () -> {
          WritableImage image = stage[0].getScene().snapshot(null);
          Png.write(image, out);
          System.out.println("wrote " + out);
          return null;
        });
    Platform.exit();
    System.exit(0);
  }

  private static Parent section(Language language) throws Exception {
    FakeAudioDevices devices = new FakeAudioDevices();
    devices.devices.addAll(
        List.of(
            device("usb-headset-in", "Logitech H390 USB Headset", AudioDeviceRole.CAPTURE),
            device("laptop-in", "Built-in Audio Analog Stereo", AudioDeviceRole.CAPTURE),
            device("usb-headset-out", "Logitech H390 USB Headset", AudioDeviceRole.PLAYBACK),
            device("laptop-out", "Built-in Audio Analog Stereo", AudioDeviceRole.PLAYBACK),
            device("hdmi-out", "HDMI Monitor Speakers", AudioDeviceRole.PLAYBACK),
            device("usb-headset-out", "Logitech H390 USB Headset", AudioDeviceRole.RINGER),
            device("laptop-out", "Built-in Audio Analog Stereo", AudioDeviceRole.RINGER)));
    FakeDeviceRouting routing = new FakeDeviceRouting(devices);
    routing.changeTo(
        AudioDeviceRole.CAPTURE,
        device("usb-headset-in", "Logitech H390 USB Headset", AudioDeviceRole.CAPTURE),
        Reason.PREFERENCES);
    routing.changeTo(
        AudioDeviceRole.PLAYBACK,
        device("usb-headset-out", "Logitech H390 USB Headset", AudioDeviceRole.PLAYBACK),
        Reason.PREFERENCES);
    routing.changeTo(
        AudioDeviceRole.RINGER,
        device("usb-headset-out", "Logitech H390 USB Headset", AudioDeviceRole.RINGER),
        Reason.PREFERENCES);
    FakeDeviceChecks checks = new FakeDeviceChecks();
    Path dir = Files.createTempDirectory("switchboard-shot");
    Files.writeString(dir.resolve("account.json"), SAVED);
    Localizer localizer = new Localizer(language);
    SettingsViewModel vm =
        new SettingsViewModel(
            new SettingsStore(dir),
            new FakeSecretStore(),
            new AudioPorts(devices, routing, checks),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    vm.load();
    localizer.languageProperty().set(language);
    vm.selectedSectionProperty().set(Section.AUDIO);
    DeviceListViewModel mics = vm.audio().list(AudioDeviceRole.CAPTURE);
    mics.selectedProperty().set(mics.listed().get(2));
    checks.open().forEach(m -> m.level.accept(0.45));
    checks.outputMeters.stream().filter(m -> !m.closed).forEach(m -> m.level.accept(0.3));
    vm.audio().tests().run(Test.SPEAKER);
    checks.played("usb-headset-out").complete(null);
    vm.audio().tests().run(Test.RINGER);
    checks
        .played("usb-headset-out")
        .completeExceptionally(new IllegalStateException("the device is busy"));
    return new SettingsView(vm, localizer, uri -> {}).root();
  }

  private static AudioDevice device(String id, String name, AudioDeviceRole role) {
    return new AudioDevice(id, name, role);
  }
}
