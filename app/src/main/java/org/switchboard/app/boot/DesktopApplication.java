package org.switchboard.app.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.DataDirectory;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.journal.OutboxView;
import org.switchboard.app.journal.OutboxViewModel;
import org.switchboard.app.settings.AccountSettingsView;
import org.switchboard.app.settings.AccountSettingsViewModel;
import org.switchboard.app.settings.SettingsLocation;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.core.journal.JournalStorageException;
import org.switchboard.crm.CrmConnector;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.crm.LocalCrm;

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

  private @Nullable DurableOutbox outbox;
  private @Nullable OutboxViewModel outboxView;

  @Override
  public void start(Stage stage) {
    Localizer localizer = new Localizer(Language.ENGLISH);
    SettingsStore store =
        new SettingsStore(SettingsLocation.directory(System.getenv(), System::getProperty));
    AccountSettingsViewModel settings =
        new AccountSettingsViewModel(store, localizer, io, Platform::runLater);
    AccountSettingsView view = new AccountSettingsView(settings, localizer);
    Fonts.install();
    Scene scene = new Scene(tabs(view, callLog(localizer), localizer, settings));
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

  /**
   * The CRM call log: wrap-ups waiting for (or refused by) the CRM. The desktop uses the local
   * directory and journal until the desktop issue adds CRM settings; the outbox is the real one, in
   * the user's data directory.
   */
  private Parent callLog(Localizer localizer) {
    Path data = DataDirectory.defaultFor(System.getenv());
    String region =
        Locale.getDefault().getCountry().isEmpty() ? "US" : Locale.getDefault().getCountry();
    try {
      CrmConnector crm = LocalCrm.sample(data, region);
      outbox = DurableOutbox.open(data.resolve("outbox"), crm.callLog(), Clock.systemUTC());
    } catch (JournalStorageException | IllegalArgumentException e) {
      Label problem = new Label(String.valueOf(e.getMessage()));
      problem.setWrapText(true);
      return problem;
    }
    outboxView =
        new OutboxViewModel(outbox, localizer, io, Platform::runLater, ZoneId.systemDefault());
    outboxView.start();
    return new OutboxView(outboxView, localizer).root();
  }

  private static TabPane tabs(
      AccountSettingsView account,
      Parent callLog,
      Localizer localizer,
      AccountSettingsViewModel vm) {
    Tab accountTab = new Tab();
    accountTab.textProperty().bind(localizer.text("settings.title"));
    accountTab.setContent(account.root());
    Tab callLogTab = new Tab();
    callLogTab.textProperty().bind(localizer.text("outbox.title"));
    callLogTab.setContent(callLog);
    TabPane tabs = new TabPane(accountTab, callLogTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    return tabs;
  }

  @Override
  public void stop() {
    if (outboxView != null) {
      outboxView.stop();
    }
    if (outbox != null) {
      outbox.close();
    }
    io.shutdown();
  }
}
