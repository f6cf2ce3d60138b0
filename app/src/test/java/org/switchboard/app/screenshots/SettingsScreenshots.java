package org.switchboard.app.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.app.settings.CrmKind;
import org.switchboard.app.settings.FakeAudioCheck;
import org.switchboard.app.settings.FakeAudioDevices;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsView;
import org.switchboard.app.settings.SettingsViewModel;
import org.switchboard.app.settings.SettingsViewModel.Section;
import org.switchboard.app.theme.Theme;
import org.switchboard.app.theme.Themes;
import org.switchboard.app.wizard.WizardView;
import org.switchboard.app.wizard.WizardViewModel;

/**
 * Writes PNGs of the settings screen (every section, with sample problems) and the first-run wizard
 * in one language and theme: {@code SettingsScreenshots <language tag> <light|dark> <scale %>
 * <dir>}. Production views on fake ports; the bundled Vazirmatn font for right-to-left languages.
 * Run by take-settings-screenshots.sh under Xvfb.
 */
public final class SettingsScreenshots {

  private SettingsScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Theme theme = Theme.fromTag(args[1]).orElseThrow(() -> new IllegalArgumentException(args[1]));
    int scale = Integer.parseInt(args[2]);
    Path dir = Path.of(args[3]);
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
    String suffix = language.tag() + "-" + theme.tag() + (scale == 100 ? "" : "-" + scale);
    int written = 0;
    for (Section section : Section.values()) {
      String name = "settings-" + section.name().toLowerCase(java.util.Locale.ROOT) + "-" + suffix;
      written += shoot(dir.resolve(name + ".png"), family, scale, settings(language, section));
    }
    written +=
        shoot(dir.resolve("wizard-account-" + suffix + ".png"), family, scale, wizard(language));
    Platform.exit();
    System.exit(written == Section.values().length + 1 ? 0 : 1);
  }

  private static SettingsViewModel form(Localizer localizer) throws IOException {
    return new SettingsViewModel(
        new SettingsStore(Files.createTempDirectory("switchboard-shot")),
        new FakeSecretStore(),
        FakeAudioDevices.sample(),
        new FakeAudioCheck(),
        new FakeCrmSignIn(),
        localizer,
        Runnable::run,
        Runnable::run);
  }

  private static Callable<Parent> settings(Language language, Section section) {
    return () -> {
      Localizer localizer = new Localizer(language);
      SettingsViewModel vm = form(localizer);
      vm.load();
      localizer.languageProperty().set(language);
      vm.account().valueProperty(Field.HOST).set("pbx.example.com");
      vm.account().valueProperty(Field.PORT).set("70000");
      vm.account().valueProperty(Field.USER).set("1001");
      vm.account().valueProperty(Field.DOMAIN).set("example.com");
      vm.account().valueProperty(Field.DISPLAY_NAME).set(language.rightToLeft() ? "مریم" : "Mary");
      vm.crm().connectorProperty().set(CrmKind.SALESFORCE);
      vm.crm().locationProperty().set("http://acme.my.salesforce.com");
      vm.hotkeys().keysProperty(HotkeyAction.HOLD).set("Ctrl+Shift+A");
      vm.selectedSectionProperty().set(section);
      vm.showingProperty().set(false);
      return new SettingsView(vm, localizer, uri -> {}).root();
    };
  }

  private static Callable<Parent> wizard(Language language) {
    return () -> {
      Localizer localizer = new Localizer(language);
      SettingsViewModel form = form(localizer);
      WizardViewModel vm = new WizardViewModel(form, localizer);
      vm.next();
      form.account().valueProperty(Field.HOST).set("pbx.example.com");
      return new WizardView(vm, localizer, uri -> {}).root();
    };
  }

  private static int shoot(Path out, @Nullable String family, int scale, Callable<Parent> content)
      throws Exception {
    Stage[] stage = new Stage[1];
    ScreenshotSupport.onFx(
        () -> {
          Parent root = content.call();
          if (family != null && root.getEffectiveNodeOrientation().name().equals("RIGHT_TO_LEFT")) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
          }
          Scene scene = new Scene(root);
          Themes.applyScale(scene, scale / 100.0);
          stage[0] = new Stage();
          stage[0].setScene(scene);
          stage[0].show();
          return null;
        });
    Thread.sleep(800); // layout and the first frames
    return ScreenshotSupport.onFx(
        () -> {
          WritableImage image = stage[0].getScene().snapshot(null);
          Png.write(image, out);
          stage[0].close();
          System.out.println(
              "wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
          return 1;
        });
  }
}
