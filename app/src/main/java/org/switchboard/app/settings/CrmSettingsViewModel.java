package org.switchboard.app.settings;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.CrmSignIn;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/**
 * The CRM section: which connector, its base URL or file, and signing in for the connectors that
 * use OAuth. Used on the JavaFX thread; sign-in results arrive on any thread and are handed to
 * {@code ui}.
 */
public final class CrmSettingsViewModel {
  /** Where a sign-in stands. */
  public enum SignInState {
    IDLE,
    STARTING,
    WAITING,
    SIGNED_IN,
    FAILED
  }

  private final CrmSignInStarter signIn;
  private final Localizer localizer;
  private final Executor ui;
  private final ObjectProperty<CrmKind> connector =
      new SimpleObjectProperty<>(this, "connector", CrmKind.LOCAL);
  private final StringProperty location = new SimpleStringProperty(this, "location", "");
  private final ObjectProperty<SignInState> signInState =
      new SimpleObjectProperty<>(this, "signIn", SignInState.IDLE);
  private final StringProperty signInCode = new SimpleStringProperty(this, "code", "");
  private final StringProperty signInLink = new SimpleStringProperty(this, "link", "");
  private final StringProperty signInProblem = new SimpleStringProperty(this, "problem", "");
  private final Checks checks;
  private final StringBinding locationError;
  private final BooleanBinding canSignIn;
  private int attempt;

  /**
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public CrmSettingsViewModel(CrmSignInStarter signIn, Localizer localizer, Executor ui) {
    this.signIn = signIn;
    this.localizer = localizer;
    this.ui = ui;
    this.checks = new Checks(localizer);
    locationError =
        checks.field(
            this::locationLabelKey,
            () -> check(connector.get(), location.get()),
            connector,
            location);
    canSignIn =
        Bindings.createBooleanBinding(
            () ->
                connector.get().signsIn()
                    && checks.valid().get()
                    && signInState.get() != SignInState.STARTING
                    && signInState.get() != SignInState.WAITING,
            connector,
            checks.valid(),
            signInState);
    connector.addListener((o, old, now) -> resetSignIn());
    location.addListener((o, old, now) -> resetSignIn());
  }

  public ObjectProperty<CrmKind> connectorProperty() {
    return connector;
  }

  public List<CrmKind> connectors() {
    return List.of(CrmKind.values());
  }

  /** The base URL or file, as typed. */
  public StringProperty locationProperty() {
    return location;
  }

  /** The label of the location field, following the connector and the language. */
  public ObservableStringValue locationLabelProperty() {
    return Bindings.createStringBinding(
        () -> localizer.get(locationLabelKey()), connector, localizer.languageProperty());
  }

  /** An example location for the connector. */
  public ObservableStringValue locationPromptProperty() {
    return Bindings.createStringBinding(() -> connector.get().example(), connector);
  }

  /** The location's problem, naming the field; empty when fine. */
  public ObservableStringValue locationErrorProperty() {
    return locationError;
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  /** Whether the connector signs in with OAuth (the Sign in button is shown). */
  public ObservableBooleanValue signsInProperty() {
    return Bindings.createBooleanBinding(() -> connector.get().signsIn(), connector);
  }

  public ObservableBooleanValue canSignInProperty() {
    return canSignIn;
  }

  public ObservableValue<SignInState> signInStateProperty() {
    return signInState;
  }

  /** The code the agent enters at {@link #signInLinkProperty()} while waiting. */
  public ObservableStringValue signInCodeProperty() {
    return signInCode;
  }

  public ObservableStringValue signInLinkProperty() {
    return signInLink;
  }

  /** How the sign-in stands, localised. */
  public ObservableStringValue signInStatusProperty() {
    return Bindings.createStringBinding(
        () -> {
          switch (signInState.get()) {
            case STARTING:
              return localizer.get("settings.crm.signingIn");
            case WAITING:
              return localizer.get("settings.crm.enterCode", signInCode.get());
            case SIGNED_IN:
              return localizer.get("settings.crm.signedIn");
            case FAILED:
              return localizer.get("settings.crm.signInFailed", signInProblem.get());
            case IDLE:
            default:
              return "";
          }
        },
        signInState,
        signInCode,
        signInProblem,
        localizer.languageProperty());
  }

  /** Starts signing in to the CRM as the form describes it. */
  public void signIn() {
    if (!canSignIn.get()) {
      return;
    }
    int mine = ++attempt;
    signInState.set(SignInState.STARTING);
    try {
      signIn
          .start(current())
          .whenComplete((started, failure) -> ui.execute(() -> started(mine, started, failure)));
    } catch (RuntimeException e) {
      failed(mine, e);
    }
  }

  void apply(CrmSettings s) {
    connector.set(s.connector());
    location.set(s.location());
    resetSignIn();
  }

  CrmSettings current() {
    return new CrmSettings(connector.get(), location.get().strip());
  }

  private void started(int mine, CrmSignIn.@Nullable Started started, @Nullable Throwable failure) {
    if (mine != attempt) {
      return;
    }
    if (failure != null || started == null) {
      failed(mine, failure);
      return;
    }
    signInCode.set(started.prompt().code());
    signInLink.set(started.prompt().link().toString());
    signInState.set(SignInState.WAITING);
    started
        .completion()
        .whenComplete(
            (v, e) ->
                ui.execute(
                    () -> {
                      if (mine != attempt) {
                        return;
                      }
                      if (e != null) {
                        failed(mine, e);
                      } else {
                        signInState.set(SignInState.SIGNED_IN);
                      }
                    }));
  }

  private void failed(int mine, @Nullable Throwable failure) {
    if (mine != attempt) {
      return;
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = cause == null ? null : cause.getMessage();
    signInProblem.set(
        message != null ? message : cause == null ? "?" : cause.getClass().getSimpleName());
    signInState.set(SignInState.FAILED);
  }

  private void resetSignIn() {
    attempt++;
    signInState.set(SignInState.IDLE);
    signInCode.set("");
    signInLink.set("");
  }

  private String locationLabelKey() {
    return "settings.crm.location." + connector.get().location().name().toLowerCase(Locale.ROOT);
  }

  /** The problem with {@code text} as the location of {@code kind}, if any. */
  static Optional<Problem> check(CrmKind kind, String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return kind.locationRequired()
          ? Optional.of(new Problem("validation.required"))
          : Optional.empty();
    }
    switch (kind.location()) {
      case FILE:
        return absolutePath(value)
            ? Optional.empty()
            : Optional.of(new Problem("settings.crm.invalidFile", kind.example()));
      case LDAP:
        return hasScheme(value, "ldap", "ldaps")
            ? Optional.empty()
            : Optional.of(new Problem("settings.crm.invalidLdap", kind.example()));
      case HTTPS:
      default:
        return hasScheme(value, "https")
            ? Optional.empty()
            : Optional.of(new Problem("settings.crm.invalidHttps", kind.example()));
    }
  }

  private static boolean absolutePath(String value) {
    try {
      return Path.of(value).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Whether {@code value} is a URL with a host and one of {@code schemes}. */
  static boolean hasScheme(String value, String... schemes) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && uri.getHost() != null
          && List.of(schemes).contains(scheme.toLowerCase(Locale.ROOT));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
