package org.switchboard.app.settings;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.Observable;
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
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.SipTransport;

/**
 * The account settings screen's state and decisions: field values, a localised problem per field,
 * whether Save is possible, saving, and the language (which the whole UI follows). Plain {@code
 * javafx.beans}; used on the JavaFX application thread; file I/O runs on the {@code io} executor
 * and its outcome comes back through the {@code ui} executor.
 */
public final class AccountSettingsViewModel {
  /** The validated text fields. */
  public enum Field {
    HOST,
    PORT,
    USER,
    AUTH_USER,
    DOMAIN,
    DISPLAY_NAME
  }

  /** A status line: a message key and its arguments, localised when shown. */
  private record Status(String key, boolean problem, List<Object> args) {
    Status(String key, boolean problem, Object... args) {
      this(key, problem, List.of(args));
    }
  }

  private final SettingsStore store;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final Map<Field, StringProperty> values = new EnumMap<>(Field.class);
  private final Map<Field, StringBinding> errors = new EnumMap<>(Field.class);
  private final ObjectProperty<SipTransport> transport =
      new SimpleObjectProperty<>(this, "transport", SipTransport.UDP);
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
  private final ObjectProperty<@Nullable Status> status =
      new SimpleObjectProperty<>(this, "status");
  private final BooleanBinding valid;
  private final BooleanBinding canSave;
  private final StringBinding statusText;
  private final BooleanBinding statusIsProblem;
  private final BooleanBinding rightToLeft;

  /**
   * @param io runs file I/O (a background executor in production, direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public AccountSettingsViewModel(
      SettingsStore store, Localizer localizer, Executor io, Executor ui) {
    this.store = store;
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    for (Field field : Field.values()) {
      StringProperty value = new SimpleStringProperty(this, field.name(), "");
      values.put(field, value);
      errors.put(
          field,
          Bindings.createStringBinding(
              () -> check(field, value.get()).map(localizer::get).orElse(""),
              value,
              localizer.languageProperty()));
    }
    Observable[] all = values.values().toArray(new Observable[0]);
    valid =
        Bindings.createBooleanBinding(
            () ->
                values.entrySet().stream()
                    .allMatch(e -> check(e.getKey(), e.getValue().get()).isEmpty()),
            all);
    canSave = valid.and(busy.not());
    statusText =
        Bindings.createStringBinding(
            () -> {
              Status s = status.get();
              return s == null ? "" : localizer.get(s.key(), s.args().toArray());
            },
            status,
            localizer.languageProperty());
    statusIsProblem =
        Bindings.createBooleanBinding(
            () -> {
              Status s = status.get();
              return s != null && s.problem();
            },
            status);
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    apply(AccountSettings.defaults());
  }

  /** The text of {@code field}, bound both ways to its input. */
  public StringProperty valueProperty(Field field) {
    return value(field);
  }

  /** The problem with {@code field} in the current language; empty when it is fine. */
  public ObservableStringValue errorProperty(Field field) {
    return Objects.requireNonNull(errors.get(field), "errors");
  }

  public ObjectProperty<SipTransport> transportProperty() {
    return transport;
  }

  public List<SipTransport> transports() {
    return List.of(SipTransport.values());
  }

  /** The password as typed; never saved (keychain later). */
  public StringProperty passwordProperty() {
    return password;
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
    return statusText;
  }

  /** Whether the status line reports a problem. */
  public ObservableBooleanValue statusIsProblemProperty() {
    return statusIsProblem;
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** Loads the saved settings (on {@code io}) and shows them (on {@code ui}). */
  public void load() {
    busy.set(true);
    io.execute(
        () -> {
          SettingsStore.Loaded loaded = store.load();
          ui.execute(() -> loaded(loaded));
        });
  }

  /**
   * Saves the settings (not the password) when they are valid; the status line says how it went.
   */
  public void save() {
    if (!canSave.get()) {
      return;
    }
    AccountSettings settings = current();
    busy.set(true);
    io.execute(
        () -> {
          try {
            store.save(settings);
            ui.execute(
                () -> finished(new Status("settings.saved", false, store.file().toString())));
          } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui.execute(
                () ->
                    finished(
                        new Status("settings.saveFailed", true, store.file().toString(), reason)));
          }
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

  private void loaded(SettingsStore.Loaded loaded) {
    apply(loaded.settings());
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

  private void apply(AccountSettings s) {
    value(Field.HOST).set(s.host());
    value(Field.PORT).set(Integer.toString(s.port()));
    value(Field.USER).set(s.user());
    value(Field.AUTH_USER).set(s.authUser());
    value(Field.DOMAIN).set(s.domain());
    value(Field.DISPLAY_NAME).set(s.displayName());
    transport.set(s.transport());
    localizer.languageProperty().set(s.language());
  }

  private StringProperty value(Field field) {
    return Objects.requireNonNull(values.get(field), "values");
  }

  private String text(Field field) {
    return value(field).get().strip();
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
