package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.PasswordState;

/** The localised note under a password field: whether the keychain keeps it, or why not. */
final class PasswordNote {
  private PasswordNote() {}

  static StringBinding of(
      Localizer localizer,
      ObservableValue<PasswordState> state,
      ObservableStringValue keychainProblem) {
    return Bindings.createStringBinding(
        () -> {
          switch (state.getValue()) {
            case NOT_KEPT:
              return localizer.get("settings.password.note");
            case SAVED:
              return localizer.get("settings.password.saved");
            case UNAVAILABLE:
              return localizer.get("settings.password.unavailable", keychainProblem.get());
            case NONE:
            default:
              return localizer.get("settings.password.none");
          }
        },
        state,
        keychainProblem,
        localizer.languageProperty());
  }
}
