package org.switchboard.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/**
 * The general section: whether the desktop starts when the agent signs in to the computer, whether
 * it looks for newer versions, and the HTTPS address of the update feed it looks at. JavaFX thread.
 */
public final class GeneralSettingsViewModel {
  private final BooleanProperty startAtLogin = new SimpleBooleanProperty(this, "startAtLogin");
  private final ObjectProperty<UpdatePolicy> updates =
      new SimpleObjectProperty<>(this, "updates", UpdatePolicy.OFF);
  private final StringProperty updateFeed = new SimpleStringProperty(this, "updateFeed", "");
  private final Checks checks;
  private final ObservableStringValue updateFeedError;

  public GeneralSettingsViewModel(Localizer localizer) {
    checks = new Checks(localizer);
    updateFeedError =
        checks.field(
            "settings.general.updateFeed",
            () -> feedProblem(updateFeed.get(), updates.get()).map(Problem::new),
            updateFeed,
            updates);
  }

  public BooleanProperty startAtLoginProperty() {
    return startAtLogin;
  }

  public ObjectProperty<UpdatePolicy> updatesProperty() {
    return updates;
  }

  public List<UpdatePolicy> policies() {
    return List.of(UpdatePolicy.values());
  }

  /** The update feed's address, as typed. */
  public StringProperty updateFeedProperty() {
    return updateFeed;
  }

  /** The feed's problem, naming the field; empty when it is fine. */
  public ObservableStringValue updateFeedErrorProperty() {
    return updateFeedError;
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  void apply(GeneralSettings s) {
    startAtLogin.set(s.startAtLogin());
    updates.set(s.updates());
    updateFeed.set(s.updateFeed());
  }

  GeneralSettings current() {
    return new GeneralSettings(startAtLogin.get(), updates.get(), updateFeed.get().strip());
  }

  /**
   * What is wrong with {@code feed} under {@code policy}, as a message key: the feed is an {@code
   * https://} address with a host and without a user name or password in it; it may be empty only
   * while no update checks are made.
   */
  static Optional<String> feedProblem(String feed, UpdatePolicy policy) {
    String address = feed.strip();
    if (address.isEmpty()) {
      return policy == UpdatePolicy.OFF
          ? Optional.empty()
          : Optional.of("settings.general.feed.needed");
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return Optional.of("settings.general.feed.notHttps");
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !scheme.toLowerCase(Locale.ROOT).equals("https")
        || uri.getHost() == null) {
      return Optional.of("settings.general.feed.notHttps");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("settings.general.feed.credentials");
    }
    return Optional.empty();
  }
}
