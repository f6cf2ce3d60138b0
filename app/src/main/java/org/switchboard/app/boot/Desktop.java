package org.switchboard.app.boot;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.diagnostics.FileChooserSaveLocation;
import org.switchboard.app.diagnostics.SupportViewModel;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsViewModel;
import org.switchboard.app.startup.LauncherCommand;
import org.switchboard.app.startup.StartAtLogin;
import org.switchboard.app.startup.StartAtLoginUpdater;
import org.switchboard.app.theme.Themes;
import org.switchboard.app.updates.UpdateCheck;
import org.switchboard.app.updates.UpdateNoticeView;
import org.switchboard.app.updates.UpdateNoticeViewModel;
import org.switchboard.app.wizard.WizardView;
import org.switchboard.app.wizard.WizardViewModel;
import org.switchboard.core.Subscription;

/**
 * The desktop's composition root: central configuration read off the JavaFX thread, the first-run
 * wizard when there are no settings, then the services (telephony, CRM, agent session) started off
 * the JavaFX thread, then the workspace. Saved settings restart the services. Everything here runs
 * on the JavaFX application thread except what is handed to {@code desktop-io}.
 */
public final class Desktop {
  private static final Logger log = LoggerFactory.getLogger(Desktop.class);

  private final Stage stage;
  private final DesktopEnvironment env;
  private final Consumer<URI> browser;
  private final ServicesStarter starter;
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final ExecutorService io =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "desktop-io");
            t.setDaemon(true);
            return t;
          });
  private final SettingsStore store;
  private final SettingsViewModel settings;
  private final AudioParts audio;
  private final StartAtLoginUpdater startAtLogin;
  private final Scene scene;
  private final Subscription theme;
  private @Nullable DesktopServices services;

  /** Between asking for the services and their start ending (JavaFX thread). */
  private boolean servicesStarting;

  private @Nullable Workspace workspace;
  private @Nullable DesktopIntegration integration;
  private @Nullable SingleInstance instance;
  private @Nullable DialLink pendingLink;
  private boolean closed;
  private final UpdateCheck updates;
  private final UpdateNoticeViewModel updateNotice;
  private final Parent updateNoticeView;
  private boolean updatesChecked;

  /** Starts the services behind the workspace; blocking, called on {@code desktop-io}. */
  @FunctionalInterface
  interface ServicesStarter {
    DesktopServices start(DesktopSettings settings, DesktopEnvironment env) throws AgentFailure;
  }

  private Desktop(
      Stage stage,
      DesktopEnvironment env,
      Consumer<URI> browser,
      ServicesStarter starter,
      UpdateCheck updates,
      AudioParts audio) {
    this.stage = stage;
    this.updates = updates;
    this.updateNotice = new UpdateNoticeViewModel(localizer, browser, Platform::runLater);
    this.updateNoticeView = new UpdateNoticeView(updateNotice, localizer).root();
    this.env = env;
    this.browser = browser;
    this.starter = starter;
    this.store = new SettingsStore(env.settingsDir());
    this.audio = audio;
    this.settings =
        new SettingsViewModel(
            store,
            env.secrets(),
            audio.ports(),
            new DesktopCrmSignIn(env),
            localizer,
            io,
            Platform::runLater,
            new SupportViewModel(
                DesktopDiagnostics.bundle(env.settingsDir(), env.dataDir(), env.clock()),
                new FileChooserSaveLocation(localizer),
                Path.of(System.getProperty("user.home")),
                localizer,
                io,
                Platform::runLater));
    this.startAtLogin = new StartAtLoginUpdater(loginEntry(env), io);
    Fonts.install();
    this.scene = new Scene(message("desktop.starting", null, false), 1200, 760);
    Fonts.follow(scene, settings.rightToLeftProperty());
    this.theme =
        Themes.follow(
            scene, settings.appearance().themeProperty(), settings.appearance().scaleProperty());
    stage.titleProperty().bind(localizer.text("app.title"));
    stage.setScene(scene);
    stage.setMinWidth(760);
    stage.setMinHeight(520);
  }

  /**
   * Builds the desktop in {@code stage} and shows it. Called on the JavaFX application thread.
   *
   * @param browser opens links (the CRM record, OAuth sign-in) in the user's browser
   */
  public static Desktop open(Stage stage, DesktopEnvironment env, Consumer<URI> browser) {
    AudioParts audio = AudioParts.connect(env);
    return open(
        stage,
        env,
        browser,
        (settings, e) -> DesktopServices.start(settings, e, audio.calls()),
        UpdateCheck.system(),
        audio);
  }

  /** As {@link #open(Stage, DesktopEnvironment, Consumer)}, with other services (tests, demos). */
  static Desktop open(
      Stage stage, DesktopEnvironment env, Consumer<URI> browser, ServicesStarter starter) {
    return open(stage, env, browser, starter, UpdateCheck.system());
  }

  /** As above, with another update check (tests trust their own feed's certificate). */
  static Desktop open(
      Stage stage,
      DesktopEnvironment env,
      Consumer<URI> browser,
      ServicesStarter starter,
      UpdateCheck updates) {
    return open(stage, env, browser, starter, updates, AudioParts.connect(env));
  }

  private static Desktop open(
      Stage stage,
      DesktopEnvironment env,
      Consumer<URI> browser,
      ServicesStarter starter,
      UpdateCheck updates,
      AudioParts audio) {
    Desktop desktop = new Desktop(stage, env, browser, starter, updates, audio);
    desktop.begin();
    stage.show();
    return desktop;
  }

  /** The OS's start-at-login entry; none in tests, which must not touch the user's. */
  private static StartAtLogin loginEntry(DesktopEnvironment env) {
    if (!env.desktopIntegration()) {
      return StartAtLogin.none();
    }
    LauncherCommand launcher =
        LauncherCommand.current(System::getProperty, DesktopMain.class.getName());
    return StartAtLogin.forSystem(launcher, System.getenv(), System::getProperty);
  }

  private void begin() {
    settings.savedProperty().addListener((o, old, now) -> restart());
    settings
        .savedProperty()
        .addListener((o, old, now) -> startAtLogin.update(now.general().startAtLogin()));
    // Central configuration comes first, so the wizard is prefilled and locked fields show as
    // such. The window says "starting" meanwhile; a provisioning URL is bounded by its timeout.
    io.execute(
        () -> {
          store.provision(env.provisioning().load());
          // At every start, so that an upgrade that moved the launcher rewrites the entry.
          startAtLogin.update(store.load().desktop().general().startAtLogin());
          boolean firstRun = WizardViewModel.needed(store);
          Platform.runLater(() -> provisioned(firstRun));
        });
  }

  private void provisioned(boolean firstRun) {
    if (closed) {
      return;
    }
    if (firstRun) {
      WizardViewModel wizard = new WizardViewModel(settings, localizer);
      wizard
          .finishedProperty()
          .addListener(
              (o, was, done) -> {
                // Saving the wizard's settings normally starts the services already (the saved
                // settings changed); only settings equal to the defaults in force do not.
                if (done && !servicesStarting && services == null) {
                  startServices();
                }
              });
      scene.setRoot(new WizardView(wizard, localizer, browser).root());
      settings.prefill();
      return;
    }
    settings.load();
  }

  /**
   * Asks to dial {@code first} once the workspace runs, and sends every later start's link to it
   * (each asks the agent before dialling).
   *
   * @param running this desktop's single-instance listener, if it has one
   */
  void takeLinks(@Nullable SingleInstance running, @Nullable DialLink first) {
    instance = running;
    pendingLink = first;
    Workspace w = workspace;
    if (w != null) {
      linksTo(w);
    }
  }

  private void linksTo(Workspace w) {
    SingleInstance running = instance;
    if (running != null) {
      running.onRequest(
          w.linkDialling(
              () -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
              }));
    }
    DialLink first = pendingLink;
    pendingLink = null;
    if (first != null) {
      w.askToDial(first);
    }
  }

  /** The settings view model, for the workspace's settings window. */
  SettingsViewModel settings() {
    return settings;
  }

  /** The workspace, once the services run. */
  @Nullable Workspace workspace() {
    return workspace;
  }

  /** Saved settings: stop what runs and start again with them. */
  private void restart() {
    if (closed) {
      return;
    }
    stopServices();
    startServices();
  }

  private void startServices() {
    servicesStarting = true;
    scene.setRoot(message("desktop.starting", null, false));
    io.execute(
        () -> {
          DesktopSettings loaded = store.load().desktop();
          try {
            DesktopServices started = starter.start(loaded, env);
            Platform.runLater(
                () -> {
                  servicesStarting = false;
                  show(started, loaded);
                });
          } catch (AgentFailure | RuntimeException e) {
            log.warn("the desktop could not start its services: {}", e.getMessage());
            String why = String.valueOf(e.getMessage());
            Platform.runLater(
                () -> {
                  servicesStarting = false;
                  scene.setRoot(message("desktop.failed", why, true));
                });
          }
        });
  }

  private void show(DesktopServices started, DesktopSettings loaded) {
    if (closed) {
      io.execute(started::close);
      return;
    }
    services = started;
    workspace =
        new Workspace(
            started,
            loaded,
            env,
            localizer,
            settings,
            io,
            browser,
            stage,
            this::openSettings,
            audio);
    scene.setRoot(workspace.root());
    workspace.showInToolbar(updateNoticeView);
    checkForUpdatesOnce(loaded);
    linksTo(workspace);
    integration =
        new DesktopIntegration(
            stage,
            scene,
            loaded.hotkeys(),
            workspace.calls(),
            started.agent(),
            workspace.status(),
            localizer,
            env.desktopIntegration());
  }

  /**
   * Asks the update feed once per start, when the settings say so; the answer, if newer, shows in
   * the workspace's toolbar. Never blocks: the exchange runs on the HTTP client's threads.
   */
  private void checkForUpdatesOnce(DesktopSettings loaded) {
    if (updatesChecked) {
      return;
    }
    updatesChecked = true;
    io.execute(() -> updateNotice.checkWith(updates, loaded.general()));
  }

  private void stopServices() {
    DesktopIntegration i = integration;
    integration = null;
    if (i != null) {
      i.close();
    }
    Workspace w = workspace;
    workspace = null;
    if (w != null) {
      w.close();
    }
    DesktopServices s = services;
    services = null;
    if (s != null) {
      io.execute(s::close);
    }
  }

  private void openSettings() {
    SettingsWindow.show(stage, settings, localizer, browser);
  }

  /** A full-window message: starting, or why the services did not start with a settings button. */
  private Parent message(String key, @Nullable String detail, boolean offerSettings) {
    Label text = new Label();
    text.textProperty().bind(localizer.text(key));
    text.setWrapText(true);
    VBox box = new VBox(12, text);
    if (detail != null) {
      Label why = new Label(detail);
      why.setId("desktop-problem");
      why.setWrapText(true);
      box.getChildren().add(why);
    }
    if (offerSettings) {
      Button open = new Button();
      open.setId("desktop-open-settings");
      open.textProperty().bind(localizer.text("desktop.openSettings"));
      open.setOnAction(e -> openSettings());
      box.getChildren().add(open);
    }
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(24));
    return box;
  }

  /** Stops everything. Called on the JavaFX application thread when the app exits. */
  public void close() {
    closed = true;
    stopServices();
    theme.close();
    settings.close();
    audio.close().run();
    io.shutdown();
  }

  /** For tests: the stage shown. */
  Stage stage() {
    return Objects.requireNonNull(stage);
  }
}
