package org.switchboard.app.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.diagnostics.DiagnosticsBundle;
import org.switchboard.app.diagnostics.DiagnosticsSources;
import org.switchboard.app.diagnostics.SupportViewModel;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.app.settings.CrmKind;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.FakeAudio;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.GeneralSettings;
import org.switchboard.app.settings.ProvisionedSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsView;
import org.switchboard.app.settings.SettingsViewModel;
import org.switchboard.app.settings.SettingsViewModel.Section;
import org.switchboard.app.settings.UpdatePolicy;
import org.switchboard.app.theme.Theme;
import org.switchboard.app.theme.Themes;
import org.switchboard.app.wizard.WizardView;
import org.switchboard.app.wizard.WizardViewModel;
import org.switchboard.core.account.SipTransport;

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
    for (Section section : List.of(Section.ACCOUNT, Section.GENERAL)) {
      String name =
          "settings-" + section.name().toLowerCase(java.util.Locale.ROOT) + "-locked-" + suffix;
      written +=
          shoot(dir.resolve(name + ".png"), family, scale, settings(language, section, locked()));
    }
    Platform.exit();
    System.exit(written == Section.values().length + 3 ? 0 : 1);
  }

  private static SettingsViewModel form(Localizer localizer) throws IOException {
    return form(localizer, ProvisionedSettings.none());
  }

  /** The form over a store that an administrator provisioned with {@code administrator}. */
  private static SettingsViewModel form(Localizer localizer, ProvisionedSettings administrator)
      throws IOException {
    Path dir = Files.createTempDirectory("switchboard-shot");
    SettingsStore store = new SettingsStore(dir.resolve("settings"));
    store.provision(administrator);
    SupportViewModel support =
        new SupportViewModel(
            new DiagnosticsBundle(
                new DiagnosticsSources(
                    dir.resolve("settings"),
                    dir.resolve("data"),
                    dir.resolve("none.json"),
                    "0.1.0"),
                Clock.systemUTC()),
            suggested -> Optional.empty(),
            dir,
            localizer,
            Runnable::run,
            Runnable::run);
    return new SettingsViewModel(
        store,
        new FakeSecretStore(),
        new FakeAudio().ports(),
        new FakeCrmSignIn(),
        localizer,
        Runnable::run,
        Runnable::run,
        support);
  }

  /** The SIP server, its transport and the update policy fixed by an administrator. */
  private static ProvisionedSettings locked() {
    Set<String> paths = Set.of("host", "port", "transport", "domain", "general.updates");
    DesktopSettings d = DesktopSettings.defaults();
    return new ProvisionedSettings(
        new DesktopSettings(
            new AccountSettings(
                "pbx.example.com",
                5061,
                SipTransport.TLS,
                "",
                "",
                "example.com",
                "",
                d.account().language()),
            d.audio(),
            d.crm(),
            d.queue(),
            d.hotkeys(),
            d.appearance(),
            d.autoAnswer(),
            new GeneralSettings(true, UpdatePolicy.OFF, "")),
        path -> paths.contains(path) || paths.contains(path.replaceFirst("\\..*$", "")),
        List.of());
  }

  private static Callable<Parent> settings(Language language, Section section) {
    return settings(language, section, ProvisionedSettings.none());
  }

  private static Callable<Parent> settings(
      Language language, Section section, ProvisionedSettings administrator) {
    return () -> {
      Localizer localizer = new Localizer(language);
      SettingsViewModel vm = form(localizer, administrator);
      vm.load();
      localizer.languageProperty().set(language);
      // Sample input with problems, unless the screen shows an administrator's locked values.
      if (!administrator.locks().isLocked("host")) {
        vm.account().valueProperty(Field.HOST).set("pbx.example.com");
        vm.account().valueProperty(Field.PORT).set("70000");
        vm.account().valueProperty(Field.USER).set("1001");
        vm.account().valueProperty(Field.DOMAIN).set("example.com");
        vm.account()
            .valueProperty(Field.DISPLAY_NAME)
            .set(language.rightToLeft() ? "مریم" : "Mary");
        vm.crm().connectorProperty().set(CrmKind.SALESFORCE);
        vm.crm().locationProperty().set("http://acme.my.salesforce.com");
        vm.hotkeys().keysProperty(HotkeyAction.HOLD).set("Ctrl+Shift+A");
        vm.connection().outboundProxyProperty().set("sip:proxy.example.com;transport=tcp");
        vm.connection().sessionExpiresProperty().set("60");
        vm.queue().urlProperty().set("http://127.0.0.1:8070");
        vm.queue().userProperty().set("alice smith");
      } else {
        vm.account().valueProperty(Field.USER).set("1001");
      }
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
