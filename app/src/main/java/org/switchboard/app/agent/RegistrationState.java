package org.switchboard.app.agent;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationEvent;

/**
 * The account's registration for the status bar, from {@link RegistrationEvent}s: registered,
 * registering, retrying after a passing failure (with the reason and the delay), failed (with the
 * reason) or not registered. {@link AccountRegistration} has no query, so the state reads "not
 * registered" until the first event. Events arrive on the {@code sip-events} thread and are hopped
 * through {@code ui}; the properties change only on the JavaFX application thread.
 */
public final class RegistrationState {
  private final AccountRegistration registration;
  private final Localizer localizer;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<RegistrationEvent> last =
      new ReadOnlyObjectWrapper<>(this, "last", new RegistrationEvent.Unregistered());
  private final ObjectBinding<RegistrationStatus> status;
  private final StringBinding text;
  private final StringBinding detail;
  private final ObjectBinding<Tone> tone;
  private @Nullable Subscription subscription;

  RegistrationState(AccountRegistration registration, Localizer localizer, Executor ui) {
    this.registration = Objects.requireNonNull(registration, "registration");
    this.localizer = localizer;
    this.ui = ui;
    status = Bindings.createObjectBinding(() -> statusOf(last.get()), last);
    text = Bindings.createStringBinding(this::textOf, last, localizer.languageProperty());
    detail = Bindings.createStringBinding(this::detailOf, last, localizer.languageProperty());
    tone = Bindings.createObjectBinding(() -> toneOf(status.get()), status);
  }

  void start() {
    if (subscription == null) {
      subscription = registration.addRegistrationListener(e -> ui.execute(() -> last.set(e)));
    }
  }

  void stop() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
  }

  /** The latest event; {@code Unregistered} before the first. */
  public ReadOnlyObjectProperty<RegistrationEvent> lastEventProperty() {
    return last.getReadOnlyProperty();
  }

  public ObjectBinding<RegistrationStatus> statusProperty() {
    return status;
  }

  /** "Registered", "Registering…", "Not registered" or "Registration failed: password refused". */
  public StringBinding textProperty() {
    return text;
  }

  /**
   * After a failure, the registrar's detail and SIP status (for a tooltip); empty otherwise. The
   * detail is untrusted text, sanitised.
   */
  public StringBinding detailProperty() {
    return detail;
  }

  /** Registered: success; registering: warning; failed: danger; not registered: neutral. */
  public ObjectBinding<Tone> toneProperty() {
    return tone;
  }

  private static RegistrationStatus statusOf(RegistrationEvent e) {
    if (e instanceof RegistrationEvent.Registered) {
      return RegistrationStatus.REGISTERED;
    }
    if (e instanceof RegistrationEvent.Registering) {
      return RegistrationStatus.REGISTERING;
    }
    if (e instanceof RegistrationEvent.Retrying) {
      return RegistrationStatus.RETRYING;
    }
    return e instanceof RegistrationEvent.Failed
        ? RegistrationStatus.FAILED
        : RegistrationStatus.UNREGISTERED;
  }

  private static Tone toneOf(RegistrationStatus s) {
    switch (s) {
      case REGISTERED:
        return Tone.SUCCESS;
      case REGISTERING:
      case RETRYING:
        return Tone.WARNING;
      case FAILED:
        return Tone.DANGER;
      default:
        return Tone.NEUTRAL;
    }
  }

  private String textOf() {
    RegistrationEvent e = last.get();
    if (e instanceof RegistrationEvent.Failed) {
      String why =
          localizer.get(
              "agent.registration.failure."
                  + ((RegistrationEvent.Failed) e).failure().name().toLowerCase(Locale.ROOT));
      return localizer.get("agent.registration.failed", why);
    }
    if (e instanceof RegistrationEvent.Retrying) {
      RegistrationEvent.Retrying retrying = (RegistrationEvent.Retrying) e;
      String why =
          localizer.get(
              "agent.registration.failure." + retrying.failure().name().toLowerCase(Locale.ROOT));
      long seconds = Math.max(1, (retrying.delay().toMillis() + 999) / 1000);
      return localizer.get("agent.registration.retrying", why, seconds);
    }
    return localizer.get("agent.registration." + statusOf(e).name().toLowerCase(Locale.ROOT));
  }

  private String detailOf() {
    RegistrationEvent e = last.get();
    if (e instanceof RegistrationEvent.Failed) {
      RegistrationEvent.Failed failed = (RegistrationEvent.Failed) e;
      return detailOf(failed.detail(), failed.sipStatus());
    }
    if (e instanceof RegistrationEvent.Retrying) {
      RegistrationEvent.Retrying retrying = (RegistrationEvent.Retrying) e;
      return detailOf(retrying.detail(), retrying.sipStatus());
    }
    return "";
  }

  private String detailOf(String untrusted, int sipStatus) {
    String detail = SanitizedText.line(untrusted);
    if (sipStatus <= 0) {
      return detail;
    }
    return localizer.get(
        "agent.registration.detail",
        detail,
        ElapsedTime.isolated(String.valueOf(sipStatus), localizer.language()));
  }
}
