package org.switchboard.app.updates;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.GeneralSettings;

/**
 * The workspace's notice of a newer version: hidden until the update check finds one, then "{@code
 * Switchboard 0.2.0 is available.}" with the feed's notes and a download link, until the agent
 * dismisses it. Plain {@code javafx.beans}; used on the JavaFX thread; the check's result comes
 * back through {@code ui}.
 */
public final class UpdateNoticeViewModel {
  private final Consumer<URI> browser;
  private final Executor ui;
  private final ObjectProperty<@Nullable AvailableUpdate> update =
      new SimpleObjectProperty<>(this, "update");
  private final BooleanBinding shown = update.isNotNull();
  private final StringBinding text;
  private final StringBinding notes;

  /**
   * @param browser opens the download page in the user's browser
   * @param ui runs the check's result on the JavaFX thread ({@code Platform::runLater}; direct in
   *     tests)
   */
  public UpdateNoticeViewModel(Localizer localizer, Consumer<URI> browser, Executor ui) {
    this.browser = browser;
    this.ui = ui;
    text =
        Bindings.createStringBinding(
            () -> {
              AvailableUpdate u = update.get();
              return u == null ? "" : localizer.get("update.available", u.version().toString());
            },
            update,
            localizer.languageProperty());
    notes =
        Bindings.createStringBinding(
            () -> {
              AvailableUpdate u = update.get();
              return u == null ? "" : u.notes();
            },
            update);
  }

  /**
   * Runs {@code check} for {@code general} and shows what it finds. Safe on any thread.
   *
   * @return completes once the result is handed to {@code ui}
   */
  public CompletableFuture<Void> checkWith(UpdateCheck check, GeneralSettings general) {
    return check
        .check(general)
        .thenAccept(found -> found.ifPresent(u -> ui.execute(() -> show(u))));
  }

  /** Shows {@code available}. */
  public void show(AvailableUpdate available) {
    update.set(available);
  }

  /** Opens the download page. */
  public void download() {
    AvailableUpdate u = update.get();
    if (u != null) {
      browser.accept(u.download());
    }
  }

  /** Hides the notice for the rest of this run. */
  public void dismiss() {
    update.set(null);
  }

  /** Whether there is a newer version to tell about. */
  public ObservableBooleanValue shownProperty() {
    return shown;
  }

  /** "Switchboard 0.2.0 is available.", localised; empty when hidden. */
  public ObservableStringValue textProperty() {
    return text;
  }

  /** The feed's notes, as sent; empty when none. */
  public ObservableStringValue notesProperty() {
    return notes;
  }
}
