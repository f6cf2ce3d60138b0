package org.switchboard.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;

/**
 * The validated fields of one settings section. Each field's problem is a localised text that names
 * the field ({@code Port: Enter a port number from 1 to 65535}), empty when the field is fine;
 * together they make the section's list of problems. Build on the JavaFX application thread; add
 * every field before calling {@link #problems()} or {@link #valid()}.
 */
final class Checks {
  /** A problem: a message key and its arguments. */
  record Problem(String key, Object... args) {
    static Optional<Problem> of(Optional<String> key) {
      return key.map(Problem::new);
    }
  }

  private final Localizer localizer;
  private final List<StringBinding> fields = new ArrayList<>();
  private ObjectBinding<List<String>> problems;
  private BooleanBinding valid;

  Checks(Localizer localizer) {
    this.localizer = localizer;
    this.problems = Bindings.createObjectBinding(List::of);
    this.valid = Bindings.createBooleanBinding(() -> true);
  }

  /**
   * Adds a field.
   *
   * @param labelKey the message key of the field's label, which names it in the problem
   * @param rule the field's problem, if any; re-run when a {@code dependency} or the language
   *     changes
   * @return the field's named problem, empty when it is fine
   */
  StringBinding field(
      String labelKey, Supplier<Optional<Problem>> rule, Observable... dependencies) {
    return field(() -> labelKey, rule, dependencies);
  }

  /** As {@link #field(String, Supplier, Observable...)}, for a label that changes. */
  StringBinding field(
      Supplier<String> labelKey, Supplier<Optional<Problem>> rule, Observable... dependencies) {
    Observable[] all = new Observable[dependencies.length + 1];
    System.arraycopy(dependencies, 0, all, 0, dependencies.length);
    all[dependencies.length] = localizer.languageProperty();
    StringBinding named =
        Bindings.createStringBinding(
            () ->
                rule.get()
                    .map(
                        p ->
                            localizer.get(
                                "settings.fieldProblem",
                                localizer.get(labelKey.get()),
                                localizer.get(p.key(), p.args())))
                    .orElse(""),
            all);
    fields.add(named);
    StringBinding[] every = fields.toArray(new StringBinding[0]);
    problems =
        Bindings.createObjectBinding(
            () -> fields.stream().map(ObservableValue::getValue).filter(t -> !t.isEmpty()).toList(),
            every);
    valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    return named;
  }

  /** Every field's named problem, in the order the fields were added; empty when all are fine. */
  ObservableValue<List<String>> problems() {
    return problems;
  }

  BooleanBinding valid() {
    return valid;
  }
}
