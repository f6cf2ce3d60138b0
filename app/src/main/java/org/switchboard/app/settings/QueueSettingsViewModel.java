package org.switchboard.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.PasswordState;
import org.switchboard.app.settings.Checks.Problem;
import org.switchboard.core.secrets.SecretStore;

/**
 * The queue-service section: its address (or none for a standalone softphone), the agent's user id
 * and API password. The password is kept in the OS keychain under {@link
 * QueueSettings#passwordKey()}, like the SIP password, never in the settings file. JavaFX thread;
 * {@link SettingsViewModel} does the keychain I/O.
 */
public final class QueueSettingsViewModel {
  private final StringProperty url = new SimpleStringProperty(this, "url", "");
  private final StringProperty user = new SimpleStringProperty(this, "user", "");
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final ObjectProperty<PasswordState> passwordState;
  private final StringProperty keychainProblem = new SimpleStringProperty(this, "keychain", "");
  private final @Nullable KeychainPasswords passwords;
  private final Localizer localizer;
  private final Checks checks;
  private final ObservableStringValue urlError;
  private final ObservableStringValue userError;
  private final StringBinding passwordNote;

  /** Without a keychain: the API password is typed but not kept. */
  public QueueSettingsViewModel(Localizer localizer) {
    this(localizer, null);
  }

  /** With the keychain, where Save puts a typed API password. */
  public QueueSettingsViewModel(Localizer localizer, @Nullable SecretStore secrets) {
    this.localizer = localizer;
    this.passwords = secrets == null ? null : new KeychainPasswords(secrets);
    this.passwordState =
        new SimpleObjectProperty<>(
            this, "passwordState", secrets == null ? PasswordState.NOT_KEPT : PasswordState.NONE);
    checks = new Checks(localizer);
    urlError = checks.field("settings.queue.url", () -> check(url.get()), url);
    userError =
        checks.field("settings.queue.user", () -> checkUser(url.get(), user.get()), url, user);
    passwordNote = PasswordNote.of(localizer, passwordState, keychainProblem);
  }

  /** The address as typed; empty for none. */
  public StringProperty urlProperty() {
    return url;
  }

  public ObservableStringValue urlErrorProperty() {
    return urlError;
  }

  /** The agent's user id at the queue service. */
  public StringProperty userProperty() {
    return user;
  }

  public ObservableStringValue userErrorProperty() {
    return userError;
  }

  /** The API password as typed (empty: keep the saved one); Save puts it into the keychain. */
  public StringProperty passwordProperty() {
    return password;
  }

  /** Whether the keychain holds an API password for this user and service. */
  public ObservableBooleanValue passwordSavedProperty() {
    return Bindings.createBooleanBinding(
        () -> passwordState.get() == PasswordState.SAVED, passwordState);
  }

  /** The note under the password field: saved in the keychain or not, localised. */
  public ObservableStringValue passwordNoteProperty() {
    return passwordNote;
  }

  /** Whether no queue service is set: the desktop works as a standalone softphone. */
  public ObservableBooleanValue standaloneProperty() {
    return Bindings.createBooleanBinding(() -> url.get().isBlank(), url);
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  void apply(QueueSettings s) {
    url.set(s.url());
    user.set(s.user());
  }

  QueueSettings current() {
    return new QueueSettings(url.get().strip(), user.get().strip());
  }

  /** The keychain, if this view model keeps passwords. */
  @Nullable KeychainPasswords passwords() {
    return passwords;
  }

  /**
   * Records what the keychain said (after a load, or a save of {@code typed}); clears the typed
   * password once it is saved, unless the user typed on meanwhile.
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

  /**
   * With a queue service set, the user id is required and follows the SIP user rules; without one
   * it may be empty.
   */
  static Optional<Problem> checkUser(String url, String user) {
    if (url.isBlank() && user.isBlank()) {
      return Optional.empty();
    }
    return Problem.of(AccountSettingsValidator.user(user));
  }

  /**
   * Empty, an {@code https} URL, or {@code http} to this computer only (a queue service over plain
   * HTTP elsewhere would expose the agent's session).
   */
  static Optional<Problem> check(String text) {
    String value = text.strip();
    if (value.isEmpty() || CrmSettingsViewModel.hasScheme(value, "https")) {
      return Optional.empty();
    }
    if (CrmSettingsViewModel.hasScheme(value, "http") && loopback(value)) {
      return Optional.empty();
    }
    return Optional.of(new Problem("settings.queue.invalid"));
  }

  private static boolean loopback(String value) {
    try {
      String host = String.valueOf(new URI(value).getHost()).toLowerCase(Locale.ROOT);
      return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
