package org.switchboard.app.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;
import org.switchboard.app.theme.Theme;

/**
 * The language, theme and text size. All three apply at once (the language through the {@link
 * Localizer}; theme and size through {@link org.switchboard.app.theme.Themes#follow}, which the
 * composition root binds to {@link #themeProperty()} and {@link #scaleProperty()}) and are saved
 * with Save. JavaFX thread.
 */
public final class AppearanceViewModel {
  private final Localizer localizer;
  private final ObjectProperty<Theme> theme =
      new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
  private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 100);
  private final Checks checks;
  private final ObservableStringValue scaleError;

  public AppearanceViewModel(Localizer localizer) {
    this.localizer = localizer;
    checks = new Checks(localizer);
    scaleError = checks.field("settings.theme.scale", () -> checkScale(scale.get()), scale);
  }

  /** A text size from 100 to 200 percent. */
  static Optional<Problem> checkScale(@Nullable Integer value) {
    return value != null && value >= 100 && value <= 200
        ? Optional.empty()
        : Optional.of(new Problem("settings.theme.invalidScale"));
  }

  /** The language of the whole UI. */
  public ObjectProperty<Language> languageProperty() {
    return localizer.languageProperty();
  }

  public List<Language> languages() {
    return List.of(Language.values());
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public List<Theme> themes() {
    return List.of(Theme.values());
  }

  /** The text size in percent. */
  public ObjectProperty<Integer> scaleProperty() {
    return scale;
  }

  public List<Integer> scales() {
    return AppearanceSettings.SCALES;
  }

  public ObservableStringValue scaleErrorProperty() {
    return scaleError;
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return Bindings.createBooleanBinding(
        () -> localizer.language().rightToLeft(), localizer.languageProperty());
  }

  void apply(AppearanceSettings s) {
    theme.set(s.theme());
    scale.set(s.scalePercent());
  }

  AppearanceSettings current() {
    Integer value = scale.get();
    return new AppearanceSettings(theme.get(), value == null ? 100 : value);
  }
}
