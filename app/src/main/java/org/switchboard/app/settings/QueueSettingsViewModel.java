package org.switchboard.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/** The queue-service section: its address, or none for a standalone softphone. JavaFX thread. */
public final class QueueSettingsViewModel {
  private final StringProperty url = new SimpleStringProperty(this, "url", "");
  private final Checks checks;
  private final ObservableStringValue urlError;

  public QueueSettingsViewModel(Localizer localizer) {
    checks = new Checks(localizer);
    urlError = checks.field("settings.queue.url", () -> check(url.get()), url);
  }

  /** The address as typed; empty for none. */
  public StringProperty urlProperty() {
    return url;
  }

  public ObservableStringValue urlErrorProperty() {
    return urlError;
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
  }

  QueueSettings current() {
    return new QueueSettings(url.get().strip());
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
