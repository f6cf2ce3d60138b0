package org.switchboard.app.settings;

import static org.switchboard.app.settings.AutoAnswerSettings.MAX_DELAY;
import static org.switchboard.app.settings.AutoAnswerSettings.MIN_DELAY;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/**
 * The auto-answer section: off (the default), when the server asks, or always; and how long a call
 * rings first. JavaFX thread.
 */
public final class AutoAnswerViewModel {
  private final ObjectProperty<AutoAnswerMode> mode =
      new SimpleObjectProperty<>(this, "mode", AutoAnswerMode.OFF);
  private final StringProperty delay = new SimpleStringProperty(this, "delay", "0");
  private final Checks checks;
  private final ObservableStringValue delayError;

  public AutoAnswerViewModel(Localizer localizer) {
    checks = new Checks(localizer);
    delayError =
        checks.field(
            "settings.autoAnswer.delay",
            () -> mode.get() == AutoAnswerMode.OFF ? Optional.empty() : checkDelay(delay.get()),
            mode,
            delay);
  }

  /** Whole seconds from {@value AutoAnswerSettings#MIN_DELAY} to the maximum. */
  static Optional<Problem> checkDelay(String text) {
    return parse(text).isPresent()
        ? Optional.empty()
        : Optional.of(new Problem("settings.autoAnswer.invalidDelay", MIN_DELAY, MAX_DELAY));
  }

  public ObjectProperty<AutoAnswerMode> modeProperty() {
    return mode;
  }

  public List<AutoAnswerMode> modes() {
    return List.of(AutoAnswerMode.values());
  }

  /** The delay in seconds, as typed. */
  public StringProperty delayProperty() {
    return delay;
  }

  /** Whether the delay applies (auto-answer is not off). */
  public ObservableBooleanValue delayUsedProperty() {
    return Bindings.createBooleanBinding(() -> mode.get() != AutoAnswerMode.OFF, mode);
  }

  public ObservableStringValue delayErrorProperty() {
    return delayError;
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  void apply(AutoAnswerSettings s) {
    mode.set(s.mode());
    delay.set(Integer.toString(s.delaySeconds()));
  }

  /** The settings; an unusable delay while off is saved as 0. */
  AutoAnswerSettings current() {
    return new AutoAnswerSettings(mode.get(), parse(delay.get()).orElse(0));
  }

  /** Whole seconds in range, ASCII digits only. */
  static Optional<Integer> parse(String text) {
    String value = text.strip();
    if (value.isEmpty()
        || value.length() > 3
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int seconds = Integer.parseInt(value);
    return seconds >= MIN_DELAY && seconds <= MAX_DELAY ? Optional.of(seconds) : Optional.empty();
  }
}
