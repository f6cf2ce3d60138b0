package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The settings' Support section: makes the diagnostics bundle where the user chooses (the home
 * directory and the bundle's default name suggested), off the JavaFX thread, and says where it went
 * or why it failed. Plain {@code javafx.beans}; used on the JavaFX thread; the bundle is written on
 * {@code io} and the outcome comes back through {@code ui}.
 */
public final class SupportViewModel {
  /** A message key and its arguments, localised when shown. */
  private record Outcome(String key, boolean problem, List<Object> args) {}

  private final DiagnosticsBundle bundle;
  private final SaveLocationChooser chooser;
  private final Path suggestedDirectory;
  private final Executor io;
  private final Executor ui;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ObjectProperty<@Nullable Outcome> outcome =
      new SimpleObjectProperty<>(this, "outcome");
  private final StringBinding status;
  private final BooleanBinding problem;

  /**
   * @param chooser asks where to save the bundle
   * @param suggestedDirectory where the chooser starts (the user's home directory)
   * @param io writes the bundle (a background executor; direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public SupportViewModel(
      DiagnosticsBundle bundle,
      SaveLocationChooser chooser,
      Path suggestedDirectory,
      Localizer localizer,
      Executor io,
      Executor ui) {
    this.bundle = bundle;
    this.chooser = chooser;
    this.suggestedDirectory = suggestedDirectory;
    this.io = io;
    this.ui = ui;
    status =
        Bindings.createStringBinding(
            () -> {
              Outcome o = outcome.get();
              return o == null ? "" : localizer.get(o.key(), o.args().toArray());
            },
            outcome,
            localizer.languageProperty());
    problem =
        Bindings.createBooleanBinding(
            () -> {
              Outcome o = outcome.get();
              return o != null && o.problem();
            },
            outcome);
  }

  /**
   * Asks where to save the bundle, then writes it there; nothing happens when the user cancels or a
   * bundle is already being written.
   */
  public void createBundle() {
    if (busy.get()) {
      return;
    }
    Optional<Path> chosen = chooser.choose(suggestedDirectory.resolve(bundle.fileName()));
    if (chosen.isEmpty()) {
      return;
    }
    Path target = chosen.get();
    busy.set(true);
    outcome.set(new Outcome("support.creating", false, List.of()));
    io.execute(
        () -> {
          Outcome done;
          try {
            done = new Outcome("support.created", false, List.of(bundle.write(target).toString()));
          } catch (IOException | RuntimeException e) {
            done = new Outcome("support.failed", true, List.of(target.toString(), reason(e)));
          }
          Outcome finished = done;
          ui.execute(
              () -> {
                busy.set(false);
                outcome.set(finished);
              });
        });
  }

  /** Whether a bundle is being written; the button is disabled meanwhile. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Where the last bundle went, or why it failed, localised; empty before the first. */
  public ObservableStringValue statusProperty() {
    return status;
  }

  public ObservableBooleanValue statusIsProblemProperty() {
    return problem;
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
