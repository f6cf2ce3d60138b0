package org.switchboard.app.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The outcome line under a settings form: a message key and its arguments, localised when shown (so
 * it follows a change of language), and whether it reports a problem. JavaFX application thread.
 */
final class StatusLine {
  /** A message key and its arguments. */
  record Status(String key, boolean problem, List<Object> args) {
    Status(String key, boolean problem, Object... args) {
      this(key, problem, List.of(args));
    }
  }

  private final ObjectProperty<@Nullable Status> status =
      new SimpleObjectProperty<>(this, "status");
  private final StringBinding text;
  private final BooleanBinding problem;

  StatusLine(Localizer localizer) {
    text =
        Bindings.createStringBinding(
            () -> {
              Status s = status.get();
              return s == null ? "" : localizer.get(s.key(), s.args().toArray());
            },
            status,
            localizer.languageProperty());
    problem =
        Bindings.createBooleanBinding(
            () -> {
              Status s = status.get();
              return s != null && s.problem();
            },
            status);
  }

  /** Shows {@code outcome}; null clears the line. */
  void set(@Nullable Status outcome) {
    status.set(outcome);
  }

  ObservableStringValue text() {
    return text;
  }

  ObservableBooleanValue problem() {
    return problem;
  }

  /** An exception's message, or its class name when it has none; never a secret (ports say so). */
  static String reason(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
