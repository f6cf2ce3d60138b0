package org.switchboard.app.settings;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.StatusLine.Status;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.secrets.SecretStore;

/**
 * The account settings' state and decisions: field values, a localised problem per field, the
 * password (kept in the OS keychain, never in the file), whether Save is possible, saving, and the
 * language (which the whole UI follows). Plain {@code javafx.beans}; used on the JavaFX application
 * thread; file and keychain I/O run on the {@code io} executor and their outcome comes back through
 * the {@code ui} executor. Standalone it loads and saves itself; inside {@link SettingsViewModel}
 * that view model loads and saves it with the other sections.
 */
public final class AccountSettingsViewModel {
  /** The validated text fields. */
  public enum Field {
    HOST("settings.host"),
    PORT("settings.port"),
    USER("settings.user"),
    AUTH_USER("settings.authUser"),
    DOMAIN("settings.domain"),
    DISPLAY_NAME("settings.displayName");

    private final String labelKey;

    Field(String labelKey) {
      this.labelKey = labelKey;
    }

    /** The message key of the field's label. */
    public String labelKey() {
      return labelKey;
    }
  }

  /** Where the password stands. */
  public enum PasswordState {
    /** There is no keychain here: the password is not kept. */
    NOT_KEPT,
    /** The keychain holds none for this account yet. */
    NONE,
    /** The keychain holds one; a typed password replaces it on save. */
    SAVED,
    /** The keychain refused or is missing. */
    UNAVAILABLE
  }

  private final SettingsStore store;
  private final @Nullable KeychainPasswords passwords;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final Map<Field, StringProperty> values = new EnumMap<>(Field.class);
  private final Map<Field, StringBinding> errors = new EnumMap<>(Field.class);
  private final Map<Field, StringBinding> namedErrors = new EnumMap<>(Field.class);
  private final ObjectProperty<SipTransport> transport =
      new SimpleObjectProperty<>(this, "transport", SipTransport.UDP);
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final ObjectProperty<PasswordState> passwordState;
  private final StringProperty keychainProblem = new SimpleStringProperty(this, "keychain", "");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
  private final StatusLine status;
  private final Checks checks;
  private final BooleanBinding valid;
  private final BooleanBinding canSave;
  private final BooleanBinding passwordPresent;
  private final StringBinding passwordNote;
  private final BooleanBinding rightToLeft;
  private AccountSettings saved = AccountSettings.defaults();

  /**
   * Without a keychain: the password is typed but not kept.
   *
   * @param io runs file I/O (a background executor in production, direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public AccountSettingsViewModel(
      SettingsStore store, Localizer localizer, Executor io, Executor ui) {
    this(store, null, localizer, io, ui);
  }

  /**
   * With the keychain: Save puts a typed password into {@code secrets} under {@link
   * AccountSettings#passwordKey()}.
   *
   * @param io runs file and keychain I/O (a background executor in production, direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public AccountSettingsViewModel(
      SettingsStore store,
      @Nullable SecretStore secrets,
      Localizer localizer,
      Executor io,
      Executor ui) {
    this.store = store;
    this.passwords = secrets == null ? null : new KeychainPasswords(secrets);
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    this.passwordState =
        new SimpleObjectProperty<>(
            this, "passwordState", secrets == null ? PasswordState.NOT_KEPT : PasswordState.NONE);
    this.status = new StatusLine(localizer);
    this.checks = new Checks(localizer);
    for (Field field : Field.values()) {
      StringProperty value = new SimpleStringProperty(this, field.name(), "");
      values.put(field, value);
      errors.put(
          field,
          Bindings.createStringBinding(
              () -> check(field, value.get()).map(localizer::get).orElse(""),
              value,
              localizer.languageProperty()));
      namedErrors.put(
          field,
          checks.field(
              field.labelKey(), () -> Checks.Problem.of(check(field, value.get())), value));
    }
    valid = checks.valid();
    canSave = valid.and(busy.not());
    passwordPresent =
        Bindings.createBooleanBinding(
            () -> !password.get().isEmpty() || passwordState.get() == PasswordState.SAVED,
            password,
            passwordState);
    passwordNote = PasswordNote.of(localizer, passwordState, keychainProblem);
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    // The defaults in the language already chosen (the first-run wizard starts in it).
    apply(AccountSettings.defaults(localizer.language()));
  }

  /** The text of {@code field}, bound both ways to its input. */
  public StringProperty valueProperty(Field field) {
    return value(field);
  }

  /** The problem with {@code field} in the current language; empty when it is fine. */
  public ObservableStringValue errorProperty(Field field) {
    return Objects.requireNonNull(errors.get(field), "errors");
  }

  /**
   * The problem with {@code field} naming it ({@code Port: Enter a port number from 1 to 65535});
   * empty when it is fine.
   */
  public ObservableStringValue namedErrorProperty(Field field) {
    return Objects.requireNonNull(namedErrors.get(field), "namedErrors");
  }

  /** Every field's named problem; empty when the account is valid. */
  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObjectProperty<SipTransport> transportProperty() {
    return transport;
  }

  public List<SipTransport> transports() {
    return List.of(SipTransport.values());
  }

  /** The password as typed (empty: keep the saved one); Save puts it into the keychain. */
  public StringProperty passwordProperty() {
    return password;
  }

  /** Whether a password is typed or saved in the keychain. */
  public ObservableBooleanValue passwordPresentProperty() {
    return passwordPresent;
  }

  public ObservableValue<PasswordState> passwordStateProperty() {
    return passwordState;
  }

  /** Whether the keychain holds a password for the account. */
  public ObservableBooleanValue passwordSavedProperty() {
    return Bindings.createBooleanBinding(
        () -> passwordState.get() == PasswordState.SAVED, passwordState);
  }

  /** The note under the password field: saved in the keychain or not, localised. */
  public ObservableStringValue passwordNoteProperty() {
    return passwordNote;
  }

  /** The language of the whole UI; changes apply at once and are saved with Save. */
  public ObjectProperty<Language> languageProperty() {
    return localizer.languageProperty();
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }

  /** Whether every field is valid. */
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

  /** Whether the status line reports a problem. */
  public ObservableBooleanValue statusIsProblemProperty() {
    return status.problem();
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** Loads the saved settings and asks the keychain about the password (on {@code io}). */
  public void load() {
    busy.set(true);
    io.execute(
        () -> {
          SettingsStore.Loaded loaded = store.load();
          KeychainCheck keychain = KeychainCheck.of(passwords, loaded.settings());
          ui.execute(() -> loaded(loaded, keychain));
        });
  }

  /** Saves the account (and a typed password) when valid; the status line says how it went. */
  public void save() {
    if (!canSave.get()) {
      return;
    }
    AccountSettings settings = current();
    AccountSettings before = saved;
    String typed = password.get();
    busy.set(true);
    io.execute(
        () -> {
          try {
            store.save(settings);
          } catch (IOException | RuntimeException e) {
            Status failed =
                new Status("settings.saveFailed", true, store.file().toString(), reason(e));
            ui.execute(() -> finished(failed));
            return;
          }
          KeychainCheck keychain = KeychainCheck.keep(passwords, before, settings, typed);
          ui.execute(
              () -> {
                saved = settings;
                passwordKept(keychain, typed);
                finished(keychain.savedStatus(store.file()));
              });
        });
  }

  /** The settings as they stand in the form; call only when {@link #validProperty()} holds. */
  AccountSettings current() {
    return new AccountSettings(
        text(Field.HOST),
        AccountSettingsValidator.parsePort(text(Field.PORT)).orElse(0),
        transport.get(),
        text(Field.USER),
        text(Field.AUTH_USER),
        text(Field.DOMAIN),
        value(Field.DISPLAY_NAME).get(),
        localizer.language());
  }

  /** Shows {@code s} as the saved account (the language switches the whole UI). */
  void apply(AccountSettings s) {
    saved = s;
    value(Field.HOST).set(s.host());
    value(Field.PORT).set(Integer.toString(s.port()));
    value(Field.USER).set(s.user());
    value(Field.AUTH_USER).set(s.authUser());
    value(Field.DOMAIN).set(s.domain());
    value(Field.DISPLAY_NAME).set(s.displayName());
    transport.set(s.transport());
    localizer.languageProperty().set(s.language());
  }

  /**
   * Records what the keychain said after a save; clears the typed password once it is saved (unless
   * the user typed on meanwhile).
   */
  void passwordKept(KeychainCheck keychain, String typed) {
    if (passwords == null) {
      return;
    }
    passwordState.set(keychain.state());
    keychainProblem.set(keychain.problem());
    if (keychain.state() == PasswordState.SAVED && password.get().equals(typed)) {
      password.set("");
    }
  }

  /** Shows {@code loaded} and what the keychain holds for it, dropping any typed password. */
  void loaded(AccountSettings loaded, KeychainCheck keychain) {
    apply(loaded);
    password.set("");
    passwordKept(keychain, "");
  }

  /** The keychain, if this view model keeps passwords. */
  @Nullable KeychainPasswords passwords() {
    return passwords;
  }

  private void loaded(SettingsStore.Loaded loaded, KeychainCheck keychain) {
    loaded(loaded.settings(), keychain);
    String problem = loaded.problem();
    if (problem != null) {
      Object renamed = loaded.renamedTo() == null ? "-" : String.valueOf(loaded.renamedTo());
      finished(new Status("settings.loadProblem", true, store.file().toString(), problem, renamed));
    } else {
      finished(null);
    }
  }

  private void finished(@Nullable Status outcome) {
    busy.set(false);
    status.set(outcome);
  }

  private StringProperty value(Field field) {
    return Objects.requireNonNull(values.get(field), "values");
  }

  private String text(Field field) {
    return value(field).get().strip();
  }

  private static String reason(Exception e) {
    return StatusLine.reason(e);
  }

  private static Optional<String> check(Field field, String value) {
    Function<String, Optional<String>> rule =
        switch (field) {
          case HOST -> AccountSettingsValidator::host;
          case PORT -> AccountSettingsValidator::port;
          case USER -> AccountSettingsValidator::user;
          case AUTH_USER -> AccountSettingsValidator::authUser;
          case DOMAIN -> AccountSettingsValidator::domain;
          case DISPLAY_NAME -> AccountSettingsValidator::displayName;
        };
    return rule.apply(value);
  }
}
