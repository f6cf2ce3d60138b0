package org.switchboard.app.boot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsView;
import org.switchboard.app.settings.AccountSettingsViewModel;
import org.switchboard.app.settings.SettingsLocation;
import org.switchboard.app.settings.SettingsStore;

/**
 * The desktop's composition root: builds the services, view models and views and shows the window.
 * Launched by {@link DesktopMain}, never directly.
 */
public final class DesktopApplication extends Application {
  private final ExecutorService io =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "desktop-io");
            t.setDaemon(true);
            return t;
          });

  @Override
  public void start(Stage stage) {
    Localizer localizer = new Localizer(Language.ENGLISH);
    SettingsStore store =
        new SettingsStore(SettingsLocation.directory(System.getenv(), System::getProperty));
    AccountSettingsViewModel settings =
        new AccountSettingsViewModel(store, localizer, io, Platform::runLater);
    AccountSettingsView view = new AccountSettingsView(settings, localizer);
    Fonts.install();
    Scene scene = new Scene(view.root());
    Fonts.follow(scene, settings.rightToLeftProperty());
    stage.titleProperty().bind(localizer.text("app.title"));
    stage.setScene(scene);
    stage.setMinWidth(520);
    // Another language (and font) needs another size; refit after the new texts are laid out.
    localizer
        .languageProperty()
        .addListener((o, old, now) -> Platform.runLater(stage::sizeToScene));
    settings.load();
    stage.show();
  }

  @Override
  public void stop() {
    io.shutdown();
  }
}
