package org.switchboard.app.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.diagnostics.SupportViewModel;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.StatusLine.Status;
import org.switchboard.core.secrets.SecretStore;

/**
 * The settings screen: its sections' view models, which section is shown, the problems that keep
 * Save disabled (each naming its section and field), loading and saving all of it ({@link
 * SettingsStore}; the password to the keychain), the fields an administrator locked ({@link
 * #locks()}) and why central configuration was not used, if it was not. Plain {@code javafx.beans};
 * used on the JavaFX thread; file and keychain I/O run on {@code io} and come back through {@code
 * ui}.
 */
public final class SettingsViewModel {
  /** The sections, in the order the screen lists them. */
  public enum Section {
    ACCOUNT("settings.section.account"),
    CONNECTION("settings.section.connection"),
    AUDIO("settings.section.audio"),
    CRM("settings.section.crm"),
    QUEUE("settings.section.queue"),
    HOTKEYS("settings.section.hotkeys"),
    LANGUAGE("settings.section.language"),
    THEME("settings.section.theme"),
    AUTO_ANSWER("settings.section.autoAnswer"),
    GENERAL("settings.section.general"),
    SUPPORT("settings.section.support");

    private final String titleKey;

    Section(String titleKey) {
      this.titleKey = titleKey;
    }

    /** The message key of the section's title. */
    public String titleKey() {
      return titleKey;
    }
  }

  private final SettingsStore store;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final AccountSettingsViewModel account;
  private final AudioSettingsViewModel audio;
  private final CrmSettingsViewModel crm;
  private final QueueSettingsViewModel queue;
  private final HotkeysViewModel hotkeys;
  private final AppearanceViewModel appearance;
  private final AutoAnswerViewModel autoAnswer;
  private final GeneralSettingsViewModel general;
  private final ConnectionSettingsViewModel connection;
  private final @Nullable SupportViewModel support;
  private final Map<Section, ObservableValue<List<String>>> problems = new EnumMap<>(Section.class);
  private final ObjectProperty<Section> selected =
      new SimpleObjectProperty<>(this, "section", Section.ACCOUNT);
  private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
  private final ReadOnlyObjectWrapper<DesktopSettings> saved =
      new ReadOnlyObjectWrapper<>(this, "saved", DesktopSettings.defaults());
  private final StatusLine status;
  private final ProvisioningStatus provisioning;
  private final BooleanBinding valid;
  private final BooleanBinding canSave;
  private final StringBinding problemsText;

  /**
   * @param secrets the OS keychain, where Save puts the SIP password
   * @param audio the audio devices, their routing and their checks
   * @param crmSignIn starts the OAuth sign-in of the CRM connectors that use it
   * @param io runs file and keychain I/O (a background executor in production, direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public SettingsViewModel(
      SettingsStore store,
      SecretStore secrets,
      AudioPorts audio,
      CrmSignInStarter crmSignIn,
      Localizer localizer,
      Executor io,
      Executor ui) {
    this(store, secrets, audio, crmSignIn, localizer, io, ui, null);
  }

  /**
   * As the constructor above, with the Support section (the diagnostics bundle) when {@code
   * support} is given; without it the section is not listed.
   */
  public SettingsViewModel(
      SettingsStore store,
      SecretStore secrets,
      AudioPorts audio,
      CrmSignInStarter crmSignIn,
      Localizer localizer,
      Executor io,
      Executor ui,
      @Nullable SupportViewModel support) {
    this.support = support;
    this.store = store;
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    this.account = new AccountSettingsViewModel(store, secrets, localizer, io, ui);
    this.audio = new AudioSettingsViewModel(audio, localizer, io, ui);
    this.crm = new CrmSettingsViewModel(crmSignIn, localizer, ui);
    this.queue = new QueueSettingsViewModel(localizer, secrets);
    this.hotkeys = new HotkeysViewModel(localizer);
    this.appearance = new AppearanceViewModel(localizer);
    this.autoAnswer = new AutoAnswerViewModel(localizer);
    this.general = new GeneralSettingsViewModel(localizer);
    this.connection = new ConnectionSettingsViewModel(localizer);
    this.status = new StatusLine(localizer);
    problems.put(Section.ACCOUNT, account.problemsProperty());
    problems.put(Section.CONNECTION, connection.problemsProperty());
    problems.put(Section.AUDIO, Bindings.createObjectBinding(List::of));
    problems.put(Section.CRM, crm.problemsProperty());
    problems.put(Section.QUEUE, queue.problemsProperty());
    problems.put(Section.HOTKEYS, hotkeys.problemsProperty());
    problems.put(Section.LANGUAGE, Bindings.createObjectBinding(List::of));
    problems.put(Section.THEME, appearance.problemsProperty());
    problems.put(Section.AUTO_ANSWER, autoAnswer.problemsProperty());
    problems.put(Section.GENERAL, general.problemsProperty());
    problems.put(Section.SUPPORT, Bindings.createObjectBinding(List::of));
    ObservableValue<?>[] all = problems.values().toArray(new ObservableValue<?>[0]);
    valid = Bindings.createBooleanBinding(() -> allProblems().isEmpty(), all);
    canSave = valid.and(busy.not());
    problemsText = problemsTextBinding(all);
    provisioning = new ProvisioningStatus(localizer);
    selected.addListener((o, old, now) -> meterWhenShown());
    showing.addListener((o, old, now) -> meterWhenShown());
    apply(DesktopSettings.defaults().withAccount(AccountSettings.defaults(localizer.language())));
  }

  public AccountSettingsViewModel account() {
    return account;
  }

  public AudioSettingsViewModel audio() {
    return audio;
  }

  public CrmSettingsViewModel crm() {
    return crm;
  }

  public QueueSettingsViewModel queue() {
    return queue;
  }

  public HotkeysViewModel hotkeys() {
    return hotkeys;
  }

  /** Language, theme and text size. */
  public AppearanceViewModel appearance() {
    return appearance;
  }

  public AutoAnswerViewModel autoAnswer() {
    return autoAnswer;
  }

  /** Start at login and updates. */
  public GeneralSettingsViewModel general() {
    return general;
  }

  /** Outbound proxy, DTMF, direct calls, keep-alive, session timers, TLS trust and DNS. */
  public ConnectionSettingsViewModel connection() {
    return connection;
  }

  /** The sections listed: all of them, Support only when it was given. */
  public List<Section> sections() {
    List<Section> listed = new ArrayList<>(List.of(Section.values()));
    if (support == null) {
      listed.remove(Section.SUPPORT);
    }
    return List.copyOf(listed);
  }

  /** The Support section's view model; null when the section is not listed. */
  public @Nullable SupportViewModel support() {
    return support;
  }

  /** The section shown; the microphone is metered while it is {@link Section#AUDIO}. */
  public ObjectProperty<Section> selectedSectionProperty() {
    return selected;
  }

  /**
   * Whether the screen is on show (true at first); set it false when the screen is hidden, so the
   * microphone is not metered in the background.
   */
  public BooleanProperty showingProperty() {
    return showing;
  }

  /** The named problems of {@code section}; empty when it is fine. */
  public ObservableValue<List<String>> problemsProperty(Section section) {
    return Objects.requireNonNull(problems.get(section), "problems");
  }

  /**
   * Every problem that keeps Save disabled, one a line, each naming its section and field ({@code
   * Account — Port: Enter a port number from 1 to 65535}); empty when all is well.
   */
  public ObservableStringValue problemsTextProperty() {
    return problemsText;
  }

  public ObservableBooleanValue validProperty() {
    return valid;
  }

  /** Whether Save may be pressed: all valid and no save or load under way. */
  public ObservableBooleanValue canSaveProperty() {
    return canSave;
  }

  /** The outcome of the last load or save, localised; empty when there is nothing to say. */
  public ObservableStringValue statusProperty() {
    return status.text();
  }

  public ObservableBooleanValue statusIsProblemProperty() {
    return status.problem();
  }

  /** The fields an administrator locked; the screens show them read-only. */
  public FieldLocks locks() {
    return provisioning.locks();
  }

  /**
   * Why central configuration (a provisioning file or URL) was not used as it stands, one source a
   * line, localised; empty when all was well.
   */
  public ObservableStringValue provisioningProblemsProperty() {
    return provisioning.text();
  }

  public ObservableBooleanValue rightToLeftProperty() {
    return account.rightToLeftProperty();
  }

  /**
   * The settings as last loaded or saved; the composition root listens to apply them (hotkeys, the
   * account's registration). The audio devices are applied here, through {@link
   * org.switchboard.core.device.DeviceRouting#setPreferences}.
   */
  public ReadOnlyObjectProperty<DesktopSettings> savedProperty() {
    return saved.getReadOnlyProperty();
  }

  /** The settings as they stand in the form; meaningful when {@link #validProperty()} holds. */
  public DesktopSettings current() {
    return new DesktopSettings(
        account.current(),
        audio.current(),
        crm.current(),
        queue.current(),
        hotkeys.current(),
        appearance.current(),
        autoAnswer.current(),
        general.current(),
        connection.current());
  }

  /** Loads the settings and asks the keychain about the password (on {@code io}); lists devices. */
  public void load() {
    busy.set(true);
    io.execute(
        () -> {
          SettingsStore.Loaded loaded = store.load();
          KeychainCheck keychain = KeychainCheck.of(account.passwords(), loaded.settings());
          KeychainCheck queueKeychain =
              KeychainCheck.of(queue.passwords(), loaded.desktop().queue().passwordKey());
          ui.execute(() -> loaded(loaded, keychain, queueKeychain));
        });
    audio.refresh();
  }

  /**
   * Fills the form with the defaults in force (an administrator's, where provisioned) and shows the
   * locks, without asking the keychain or touching {@link #savedProperty()}: for the first-run
   * wizard, before there is a settings file.
   */
  public void prefill() {
    busy.set(true);
    io.execute(
        () -> {
          SettingsStore.Loaded loaded = store.load();
          ui.execute(
              () -> {
                apply(loaded.desktop());
                provisioning.show(loaded.provisioned());
                busy.set(false);
              });
        });
    audio.refresh();
  }

  /**
   * Saves the settings, and a typed password to the keychain, when all is valid. The status line
   * says how it went.
   *
   * @return completes on the JavaFX thread: true when the settings file was written (even if the
   *     keychain refused the password, which the status line and password note then report), false
   *     when nothing was saved
   */
  public CompletionStage<Boolean> save() {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    if (!canSave.get()) {
      done.complete(false);
      return done;
    }
    DesktopSettings settings = current();
    AccountSettings before = saved.get().account();
    String typed = account.passwordProperty().get();
    String queueBefore = saved.get().queue().passwordKey();
    String queueTyped = queue.passwordProperty().get();
    busy.set(true);
    io.execute(
        () -> {
          try {
            store.save(settings);
          } catch (IOException | RuntimeException e) {
            Status failed =
                new Status(
                    "settings.saveFailed", true, store.file().toString(), StatusLine.reason(e));
            ui.execute(() -> finished(failed, done, false));
            return;
          }
          KeychainCheck keychain =
              KeychainCheck.keep(account.passwords(), before, settings.account(), typed);
          KeychainCheck queueKeychain =
              KeychainCheck.keep(
                  queue.passwords(), queueBefore, settings.queue().passwordKey(), queueTyped);
          ui.execute(
              () -> {
                saved.set(settings);
                audio.applyToRouting(settings.audio());
                account.passwordKept(keychain, typed);
                queue.passwordKept(queueKeychain, queueTyped);
                KeychainCheck worse =
                    keychain.state() == AccountSettingsViewModel.PasswordState.UNAVAILABLE
                        ? keychain
                        : queueKeychain;
                finished(worse.savedStatus(store.file()), done, true);
              });
        });
    return done;
  }

  /** Stops the microphone meter and device watching; call when the screen is gone for good. */
  public void close() {
    audio.close();
  }

  private void loaded(
      SettingsStore.Loaded loaded, KeychainCheck keychain, KeychainCheck queueKeychain) {
    apply(loaded.desktop());
    account.loaded(loaded.settings(), keychain);
    queue.passwordProperty().set("");
    queue.passwordKept(queueKeychain, "");
    provisioning.show(loaded.provisioned());
    saved.set(loaded.desktop());
    audio.applyToRouting(loaded.desktop().audio());
    String problem = loaded.problem();
    Status outcome = null;
    if (problem != null) {
      Object renamed = loaded.renamedTo() == null ? "-" : String.valueOf(loaded.renamedTo());
      outcome = new Status("settings.loadProblem", true, store.file().toString(), problem, renamed);
    }
    busy.set(false);
    status.set(outcome);
  }

  private void apply(DesktopSettings s) {
    account.apply(s.account());
    audio.apply(s.audio());
    crm.apply(s.crm());
    queue.apply(s.queue());
    hotkeys.apply(s.hotkeys());
    appearance.apply(s.appearance());
    autoAnswer.apply(s.autoAnswer());
    general.apply(s.general());
    connection.apply(s.connection());
  }

  private void finished(Status outcome, CompletableFuture<Boolean> done, boolean written) {
    busy.set(false);
    status.set(outcome);
    done.complete(written);
  }

  private void meterWhenShown() {
    if (showing.get() && selected.get() == Section.AUDIO) {
      audio.startMeter();
    } else {
      audio.stopMeter();
    }
  }

  private List<String> allProblems() {
    List<String> lines = new ArrayList<>();
    for (Section section : Section.values()) {
      for (String problem : problemsProperty(section).getValue()) {
        lines.add(
            localizer.get("settings.sectionProblem", localizer.get(section.titleKey()), problem));
      }
    }
    return lines;
  }

  private StringBinding problemsTextBinding(ObservableValue<?>[] all) {
    ObservableValue<?>[] deps = new ObservableValue<?>[all.length + 1];
    System.arraycopy(all, 0, deps, 0, all.length);
    deps[all.length] = localizer.languageProperty();
    return Bindings.createStringBinding(() -> String.join("\n", allProblems()), deps);
  }
}
